package com.serviceportal.contracts;

import com.serviceportal.equipment.Equipment;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.Difference;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A contract as the desk's form edits it. Which fields are required depends on the type; the service
 * checks them all at once and names every problem.
 */
public class ContractForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @Size(max = 40)
    private String reference;

    private Long customerId;
    private Long equipmentId;

    /** The items covered as a list; empty for a contract on the whole customer or on one item. */
    private List<Long> itemIds = new ArrayList<>();

    private ContractType type;
    private Long serviceLevelId;
    private LocalDate startDate;
    private LocalDate endDate;
    private boolean awaitingInvoice;

    @Min(1)
    @Max(100_000)
    private Integer includedHours;

    @Min(1)
    @Max(1_000)
    private Integer monthlyHours;

    @Min(1)
    @Max(31)
    private Integer rolloverDay;

    @Size(max = 400)
    private String description;

    /** A new contract: a subscription starting today for a year, its hours rolling over on the 1st. */
    public static ContractForm blank(LocalDate today) {
        ContractForm form = new ContractForm();
        form.type = ContractType.SUBSCRIPTION;
        form.startDate = today;
        form.endDate = today.plusYears(1).minusDays(1);
        form.rolloverDay = 1;
        return form;
    }

    static ContractForm of(Contract contract) {
        ContractForm form = new ContractForm();
        form.id = contract.getId();
        form.version = contract.getVersion();
        form.reference = contract.getReference();
        form.customerId = contract.getCustomer().getId();
        form.equipmentId =
                contract.getEquipment() == null ? null : contract.getEquipment().getId();
        form.itemIds = new ArrayList<>(
                contract.getItems().stream().map(Equipment::getId).toList());
        form.type = contract.getType();
        form.serviceLevelId = contract.getServiceLevel() == null
                ? null
                : contract.getServiceLevel().getId();
        form.startDate = contract.getStartDate();
        form.endDate = contract.getEndDate();
        form.awaitingInvoice = contract.isAwaitingInvoice();
        form.includedHours = contract.getIncludedMinutes() == null ? null : contract.getIncludedMinutes() / 60;
        form.monthlyHours = contract.getMonthlyMinutes() == null ? null : contract.getMonthlyMinutes() / 60;
        form.rolloverDay = contract.getRolloverDay() == null ? 1 : contract.getRolloverDay();
        form.description = contract.getDescription();
        return form;
    }

    /** The fields whose stored value differs from what this form holds; levels name the service levels. */
    public List<Difference> differencesFrom(ContractForm current, List<Choice> levels) {
        return Difference.collect()
                .choice("contract.serviceLevel", current.serviceLevelId, serviceLevelId, levels)
                .value("contract.start", current.startDate, startDate)
                .value("contract.end", current.endDate, endDate)
                .flag("contract.awaitingInvoice", current.awaitingInvoice, awaitingInvoice)
                .value("contract.includedHours", current.includedHours, includedHours)
                .value("contract.monthlyHours", current.monthlyHours, monthlyHours)
                .value("contract.rolloverDay", current.rolloverDay, rolloverDay)
                .value("contract.description", current.description, description)
                .value("contract.items", current.itemIds.size(), itemIds.size())
                .list();
    }

    /** Keeps what was typed, to be saved again over the contract as it now stands. */
    public void rebaseOn(ContractForm current) {
        version = current.version;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getEquipmentId() {
        return equipmentId;
    }

    public void setEquipmentId(Long equipmentId) {
        this.equipmentId = equipmentId;
    }

    public ContractType getType() {
        return type;
    }

    public void setType(ContractType type) {
        this.type = type;
    }

    public Long getServiceLevelId() {
        return serviceLevelId;
    }

    public void setServiceLevelId(Long serviceLevelId) {
        this.serviceLevelId = serviceLevelId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public boolean isAwaitingInvoice() {
        return awaitingInvoice;
    }

    public void setAwaitingInvoice(boolean awaitingInvoice) {
        this.awaitingInvoice = awaitingInvoice;
    }

    public Integer getIncludedHours() {
        return includedHours;
    }

    public void setIncludedHours(Integer includedHours) {
        this.includedHours = includedHours;
    }

    public Integer getMonthlyHours() {
        return monthlyHours;
    }

    public void setMonthlyHours(Integer monthlyHours) {
        this.monthlyHours = monthlyHours;
    }

    public Integer getRolloverDay() {
        return rolloverDay;
    }

    public void setRolloverDay(Integer rolloverDay) {
        this.rolloverDay = rolloverDay;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Long> getItemIds() {
        return itemIds;
    }

    public void setItemIds(List<Long> itemIds) {
        this.itemIds = itemIds == null ? new ArrayList<>() : new ArrayList<>(itemIds);
    }
}
