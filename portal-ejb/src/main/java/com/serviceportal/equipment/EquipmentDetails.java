package com.serviceportal.equipment;

import java.io.Serializable;
import java.util.List;

/** One item as its page shows it: its facts, contract cover, cases, work orders and moves. */
public final class EquipmentDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EquipmentRow item;
    private final long customerId;
    private final String company;
    private final String addedBy;
    private final boolean editable;
    private final List<CoverRow> contracts;
    private final List<ItemCase> cases;
    private final List<ItemOrder> orders;
    private final List<MoveRow> moves;

    public EquipmentDetails(
            EquipmentRow item,
            long customerId,
            String company,
            String addedBy,
            boolean editable,
            List<CoverRow> contracts,
            List<ItemCase> cases,
            List<ItemOrder> orders,
            List<MoveRow> moves) {
        this.item = item;
        this.customerId = customerId;
        this.company = company;
        this.addedBy = addedBy;
        this.editable = editable;
        this.contracts = contracts;
        this.cases = cases;
        this.orders = orders;
        this.moves = moves;
    }

    public EquipmentRow getItem() {
        return item;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCompany() {
        return company;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<CoverRow> getContracts() {
        return contracts;
    }

    public List<ItemCase> getCases() {
        return cases;
    }

    public List<ItemOrder> getOrders() {
        return orders;
    }

    public List<MoveRow> getMoves() {
        return moves;
    }
}
