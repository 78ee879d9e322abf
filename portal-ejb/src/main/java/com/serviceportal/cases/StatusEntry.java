package com.serviceportal.cases;

import com.serviceportal.platform.Difference;
import com.serviceportal.settings.VersionedEntry;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A tracking status as the administration screen shows and edits it. */
public class StatusEntry extends VersionedEntry<StatusEntry> {

    private static final long serialVersionUID = 1L;

    /** {@code null} for a status not yet added. */
    private Long id;

    @NotBlank
    @Size(max = 60)
    private String name;

    /** Optional: Swedish readers see the English text when it is empty. */
    @Size(max = 60)
    private String nameSv;

    private boolean availableToCustomers = true;

    private boolean complete;

    private boolean defaultForNew;

    /** Stops the service-level clock while a case has the status. */
    private boolean pausesClock;

    /** The customer action that sets this status, if any. */
    private CustomerAction customerAction;

    /** Where it comes in lists: lower first. */
    @Min(0)
    @Max(99999)
    private int sortOrder;

    public static StatusEntry of(TrackingStatus status) {
        StatusEntry entry = new StatusEntry();
        entry.id = status.getId();
        entry.setVersion(status.getVersion());
        entry.name = status.getName();
        entry.nameSv = status.getNameSv();
        entry.availableToCustomers = status.isAvailableToCustomers();
        entry.complete = status.isComplete();
        entry.defaultForNew = status.isDefaultForNew();
        entry.pausesClock = status.isPausesClock();
        entry.customerAction = status.getCustomerAction();
        entry.sortOrder = status.getSortOrder();
        return entry;
    }

    @Override
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isAvailableToCustomers() {
        return availableToCustomers;
    }

    public void setAvailableToCustomers(boolean availableToCustomers) {
        this.availableToCustomers = availableToCustomers;
    }

    public boolean isComplete() {
        return complete;
    }

    public void setComplete(boolean complete) {
        this.complete = complete;
    }

    public boolean isDefaultForNew() {
        return defaultForNew;
    }

    public void setDefaultForNew(boolean defaultForNew) {
        this.defaultForNew = defaultForNew;
    }

    public boolean isPausesClock() {
        return pausesClock;
    }

    public void setPausesClock(boolean pausesClock) {
        this.pausesClock = pausesClock;
    }

    public CustomerAction getCustomerAction() {
        return customerAction;
    }

    public void setCustomerAction(CustomerAction customerAction) {
        this.customerAction = customerAction;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getNameSv() {
        return nameSv;
    }

    public void setNameSv(String nameSv) {
        this.nameSv = nameSv;
    }

    @Override
    public List<Difference> differencesFrom(StatusEntry current) {
        return Difference.collect()
                .value("settings.nameEn", current.getName(), name)
                .value("settings.nameSv", current.getNameSv(), nameSv)
                .value("settings.order", current.getSortOrder(), sortOrder)
                .flag("settings.default", current.isDefaultForNew(), defaultForNew)
                .flag("settings.status.availableToCustomers", current.isAvailableToCustomers(), availableToCustomers)
                .flag("settings.status.complete", current.isComplete(), complete)
                .named(
                        "settings.status.customerAction",
                        current.getCustomerAction(),
                        customerAction,
                        "settings.status.action.")
                .list();
    }
}
