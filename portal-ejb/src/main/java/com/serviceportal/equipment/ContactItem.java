package com.serviceportal.equipment;

import com.serviceportal.customers.Contact;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * An item of a contact's company shared with that contact, wherever it stands: the contact sees it
 * beside the items of the sites it sees (the contact page's Items tab, the portal's item list).
 */
@Entity
@Table(name = "contact_item")
@IdClass(ContactItem.Key.class)
public class ContactItem {

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id", nullable = false)
    private Contact contact;

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "equipment_id", nullable = false)
    private Equipment equipment;

    @Version
    private long version;

    protected ContactItem() {}

    ContactItem(Contact contact, Equipment equipment) {
        this.contact = contact;
        this.equipment = equipment;
    }

    public Contact getContact() {
        return contact;
    }

    public Equipment getEquipment() {
        return equipment;
    }

    public long getVersion() {
        return version;
    }

    /** The row's key: the contact's and the item's ids. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long contact;
        private Long equipment;

        public Key() {}

        public Key(Long contact, Long equipment) {
            this.contact = contact;
            this.equipment = equipment;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(contact, key.contact)
                    && Objects.equals(equipment, key.equipment);
        }

        @Override
        public int hashCode() {
            return Objects.hash(contact, equipment);
        }
    }
}
