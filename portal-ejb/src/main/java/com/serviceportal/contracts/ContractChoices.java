package com.serviceportal.contracts;

import com.serviceportal.platform.Choice;
import java.io.Serializable;
import java.util.List;

/**
 * The lists of the desk's contract form: customers (companies and sites), the chosen customer's
 * equipment, the items a contract may cover as a list (the customer's and, on a company, its
 * sites'), and the service levels.
 */
public record ContractChoices(
        List<Choice> customers, List<Choice> equipment, List<Choice> items, List<Choice> serviceLevels)
        implements Serializable {

    public ContractChoices {
        customers = List.copyOf(customers);
        equipment = List.copyOf(equipment);
        items = List.copyOf(items);
        serviceLevels = List.copyOf(serviceLevels);
    }

    public List<Choice> getCustomers() {
        return customers;
    }

    public List<Choice> getEquipment() {
        return equipment;
    }

    public List<Choice> getItems() {
        return items;
    }

    public List<Choice> getServiceLevels() {
        return serviceLevels;
    }
}
