package com.serviceportal.contracts;

import com.serviceportal.equipment.Equipment;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** One contract as lists and the contract page show it, with the actions its state allows. */
public final class ContractRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final String reference;
    private final String customer;
    private final String equipment;
    private final ContractType type;
    private final ContractState state;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final boolean awaitingInvoice;
    private final boolean waitingForInvoice;
    private final String serviceLevel;
    private final String description;
    private final Integer rolloverDay;
    private final Hours hours;
    private final boolean editable;
    private final boolean cancellable;
    private final boolean enableable;

    ContractRow(Contract k) {
        this.id = k.getId();
        this.version = k.getVersion();
        this.reference = k.getReference();
        this.customer = k.getCustomer().getName();
        this.equipment = k.getEquipment() != null
                ? k.getEquipment().getLabel()
                : k.isCoversItems()
                        ? k.getItems().stream().map(Equipment::getLabel).collect(Collectors.joining("; "))
                        : null;
        this.type = k.getType();
        this.state = k.getState();
        this.startDate = k.getStartDate();
        this.endDate = k.getEndDate();
        this.awaitingInvoice = k.isAwaitingInvoice();
        this.waitingForInvoice = k.isAwaitingInvoice() && k.getState() == ContractState.PENDING;
        this.serviceLevel =
                k.getServiceLevel() == null ? null : k.getServiceLevel().getName();
        this.description = k.getDescription();
        this.rolloverDay = k.getRolloverDay();
        this.hours = k.hours();
        this.editable = ContractLifecycle.canEdit(state);
        this.cancellable = ContractLifecycle.canCancel(state);
        this.enableable = ContractLifecycle.canEnableEarly(state);
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getReference() {
        return reference;
    }

    public String getCustomer() {
        return customer;
    }

    /** The item or items covered, {@code null} for a contract on the whole customer. */
    public String getEquipment() {
        return equipment;
    }

    public ContractType getType() {
        return type;
    }

    public ContractState getState() {
        return state;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public boolean isAwaitingInvoice() {
        return awaitingInvoice;
    }

    public String getServiceLevel() {
        return serviceLevel;
    }

    public String getDescription() {
        return description;
    }

    public Integer getRolloverDay() {
        return rolloverDay;
    }

    public Hours getHours() {
        return hours;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isCancellable() {
        return cancellable;
    }

    public boolean isEnableable() {
        return enableable;
    }

    /** Pending only because its invoice is unpaid: what the contract's state is shown with. */
    public boolean isWaitingForInvoice() {
        return waitingForInvoice;
    }
}
