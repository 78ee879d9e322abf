package com.serviceportal.equipment;

import com.serviceportal.platform.Difference;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * A new or changed item as its form collects it. No field is mandatory, but the service asks for at
 * least one so that the item can be recognised in a list.
 */
public class EquipmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private Long customerId;

    @Size(max = 40)
    private String idNumber;

    @Size(max = 60)
    private String serialNumber;

    @Size(max = 200)
    private String description;

    @Size(max = 60)
    private String make;

    @Size(max = 60)
    private String model;

    private Long categoryId;

    /** The value of the category's first custom field. */
    @Size(max = 100)
    private String fieldOne;

    @Size(max = 100)
    private String fieldTwo;

    static EquipmentForm of(Equipment item) {
        EquipmentForm form = new EquipmentForm();
        form.id = item.getId();
        form.version = item.getVersion();
        form.customerId = item.getCustomer().getId();
        form.idNumber = item.getIdNumber();
        form.serialNumber = item.getSerialNumber();
        form.description = item.getDescription();
        form.make = item.getMake();
        form.model = item.getModel();
        form.categoryId = item.getCategory() == null ? null : item.getCategory().getId();
        form.fieldOne = item.getFieldOne();
        form.fieldTwo = item.getFieldTwo();
        return form;
    }

    /** The fields whose stored value differs from what this form holds. */
    public List<Difference> differencesFrom(EquipmentForm current) {
        return Difference.collect()
                .value("equipment.idNumber", current.idNumber, idNumber)
                .value("equipment.serialNumber", current.serialNumber, serialNumber)
                .value("equipment.description", current.description, description)
                .value("equipment.make", current.make, make)
                .value("equipment.model", current.model, model)
                .value("equipment.fieldOne", current.fieldOne, fieldOne)
                .value("equipment.fieldTwo", current.fieldTwo, fieldTwo)
                .list();
    }

    /** Keeps what was typed, to be saved again over the item as it now stands. */
    public void rebaseOn(EquipmentForm current) {
        version = current.version;
    }

    boolean isBlank() {
        return blank(idNumber) && blank(serialNumber) && blank(description) && blank(make) && blank(model);
    }

    static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getMake() {
        return make;
    }

    public void setMake(String make) {
        this.make = make;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getFieldOne() {
        return fieldOne;
    }

    public void setFieldOne(String fieldOne) {
        this.fieldOne = fieldOne;
    }

    public String getFieldTwo() {
        return fieldTwo;
    }

    public void setFieldTwo(String fieldTwo) {
        this.fieldTwo = fieldTwo;
    }
}
