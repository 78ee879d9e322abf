package com.serviceportal.equipment;

import java.io.Serializable;

/** One item as the equipment lists show it. */
public final class EquipmentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String idNumber;
    private final String serialNumber;
    private final String description;
    private final String make;
    private final String model;
    private final String site;
    private final boolean shared;

    public EquipmentRow(
            long id,
            String idNumber,
            String serialNumber,
            String description,
            String make,
            String model,
            String site,
            boolean shared) {
        this.id = id;
        this.idNumber = idNumber;
        this.serialNumber = serialNumber;
        this.description = description;
        this.make = make;
        this.model = model;
        this.site = site;
        this.shared = shared;
    }

    public long getId() {
        return id;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getDescription() {
        return description;
    }

    public String getMake() {
        return make;
    }

    public String getModel() {
        return model;
    }

    public String getSite() {
        return site;
    }

    public boolean isShared() {
        return shared;
    }
}
