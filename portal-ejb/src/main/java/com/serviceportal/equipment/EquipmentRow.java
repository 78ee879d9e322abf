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
    private final String category;
    private final String fields;

    public EquipmentRow(
            long id,
            String idNumber,
            String serialNumber,
            String description,
            String make,
            String model,
            String site,
            boolean shared,
            String category,
            String fields) {
        this.id = id;
        this.idNumber = idNumber;
        this.serialNumber = serialNumber;
        this.description = description;
        this.make = make;
        this.model = model;
        this.site = site;
        this.shared = shared;
        this.category = category;
        this.fields = fields;
    }

    /** The category's name in the reader's language; {@code null} for none. */
    public String getCategory() {
        return category;
    }

    /** The custom fields' values as "label: value", those with a value only; empty for none. */
    public String getFields() {
        return fields;
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
