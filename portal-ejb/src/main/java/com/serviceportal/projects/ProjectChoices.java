package com.serviceportal.projects;

import com.serviceportal.platform.Choice;
import java.io.Serializable;
import java.util.List;

/** What the desk's project form offers: the customers and sites, and the staff who may manage it. */
public record ProjectChoices(List<Choice> customers, List<Choice> managers) implements Serializable {

    public ProjectChoices {
        customers = List.copyOf(customers);
        managers = List.copyOf(managers);
    }
}
