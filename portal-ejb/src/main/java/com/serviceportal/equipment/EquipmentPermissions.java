package com.serviceportal.equipment;

import com.serviceportal.platform.Choice;
import java.io.Serializable;
import java.util.List;

/** What the caller may do with equipment: add items (and on which customers), and whether it works for the desk. */
public final class EquipmentPermissions implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean mayAdd;
    private final boolean desk;
    private final List<Choice> customers;

    public EquipmentPermissions(boolean mayAdd, boolean desk, List<Choice> customers) {
        this.mayAdd = mayAdd;
        this.desk = desk;
        this.customers = customers;
    }

    public boolean isMayAdd() {
        return mayAdd;
    }

    public boolean isDesk() {
        return desk;
    }

    public List<Choice> getCustomers() {
        return customers;
    }
}
