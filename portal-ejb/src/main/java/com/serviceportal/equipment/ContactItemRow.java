package com.serviceportal.equipment;

import java.io.Serializable;

/**
 * One item of a contact's Items tab: an item of the sites the contact sees, or one shared with the
 * contact itself (which the desk may remove, at the version it read).
 */
public final class ContactItemRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EquipmentRow item;
    private final boolean sharedWithContact;
    private final long version;

    public ContactItemRow(EquipmentRow item, boolean sharedWithContact, long version) {
        this.item = item;
        this.sharedWithContact = sharedWithContact;
        this.version = version;
    }

    public EquipmentRow getItem() {
        return item;
    }

    public boolean isSharedWithContact() {
        return sharedWithContact;
    }

    public long getVersion() {
        return version;
    }
}
