package com.serviceportal.customers;

import com.serviceportal.platform.Difference;
import com.serviceportal.settings.VersionedEntry;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A custom field as the administrator's list edits it. */
public class ContactFieldEntry extends VersionedEntry<ContactFieldEntry> {

    private static final long serialVersionUID = 1L;

    private Long id;

    // The form shows it beside the label; ContactService.saveFields checks it again.
    @Size(max = 80)
    private String label;

    private boolean active = true;
    private int sortOrder;

    public ContactFieldEntry() {}

    ContactFieldEntry(ContactField field) {
        this.id = field.getId();
        setVersion(field.getVersion());
        this.label = field.getLabel();
        this.active = field.isActive();
        this.sortOrder = field.getSortOrder();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    @Override
    public List<Difference> differencesFrom(ContactFieldEntry current) {
        return Difference.collect()
                .value("contactFields.label", current.getLabel(), label)
                .flag("contactFields.active", current.isActive(), active)
                .list();
    }
}
