package com.serviceportal.customers;

import com.serviceportal.platform.Choice;
import java.io.Serializable;
import java.util.List;

/**
 * What the customer form offers and shows beside it.
 *
 * @param companies the companies a site may belong to
 * @param accountManagers the staff accounts that may look after a company
 * @param sites the company's sites; none for a site or a new company
 */
public record CustomerChoices(List<Choice> companies, List<Choice> accountManagers, List<Choice> sites)
        implements Serializable {

    public CustomerChoices {
        companies = List.copyOf(companies);
        accountManagers = List.copyOf(accountManagers);
        sites = List.copyOf(sites);
    }
}
