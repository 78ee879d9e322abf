package com.serviceportal.customers;

import com.serviceportal.platform.Choice;
import java.io.Serializable;
import java.util.List;

/**
 * What the contact form offers: every customer and site, the line managers and sites and projects of
 * the chosen customer's company, the active custom fields and the IANA time zones.
 */
public record ContactChoices(
        List<Choice> customers,
        List<Choice> lineManagers,
        List<Choice> sites,
        List<Choice> projects,
        List<Choice> fields,
        List<String> timeZones,
        boolean emailIsUsername)
        implements Serializable {

    public ContactChoices {
        customers = List.copyOf(customers);
        lineManagers = List.copyOf(lineManagers);
        sites = List.copyOf(sites);
        projects = List.copyOf(projects);
        fields = List.copyOf(fields);
        timeZones = List.copyOf(timeZones);
    }

    public List<Choice> getCustomers() {
        return customers;
    }

    public List<Choice> getLineManagers() {
        return lineManagers;
    }

    public List<Choice> getSites() {
        return sites;
    }

    public List<Choice> getProjects() {
        return projects;
    }

    public List<Choice> getFields() {
        return fields;
    }

    /** Whether the portal makes the e-mail address the username, so the form asks for none. */
    public boolean isEmailIsUsername() {
        return emailIsUsername;
    }

    public List<String> getTimeZones() {
        return timeZones;
    }
}
