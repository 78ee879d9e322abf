package com.serviceportal.equipment;

import java.io.Serializable;

/** Where a case raised from an item starts: the item and the customer (site) it is raised for. */
public final class NewCaseStart implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long customerId;
    private final long equipmentId;

    public NewCaseStart(long customerId, long equipmentId) {
        this.customerId = customerId;
        this.equipmentId = equipmentId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getEquipmentId() {
        return equipmentId;
    }
}
