package com.serviceportal.orders;

import com.serviceportal.platform.Choice;
import java.io.Serializable;
import java.util.List;

/** What the desk's order screens offer: the sites orders are made on, and the technicians. */
public record OrderChoices(List<Choice> sites, List<Choice> technicians) implements Serializable {

    public OrderChoices {
        sites = List.copyOf(sites);
        technicians = List.copyOf(technicians);
    }
}
