package com.serviceportal.orders;

import com.serviceportal.platform.Choice;
import java.io.Serializable;
import java.util.List;

/** The sites a customer may request service on, and the equipment of the chosen one. */
public record FaultReportChoices(List<Choice> sites, List<Choice> equipment) implements Serializable {

    public FaultReportChoices {
        sites = List.copyOf(sites);
        equipment = List.copyOf(equipment);
    }
}
