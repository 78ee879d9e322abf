package com.serviceportal.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A contact's value of one custom field; a field left empty has no row. */
@Entity
@Table(name = "contact_field_value")
@IdClass(ContactFieldValue.Key.class)
public class ContactFieldValue {

    @Id
    @Column(name = "contact_id")
    private Long contactId;

    @Id
    @Column(name = "field_id")
    private Long fieldId;

    @NotBlank
    @Size(max = 256)
    @Column(name = "field_value", nullable = false)
    private String value;

    protected ContactFieldValue() {}

    ContactFieldValue(long contactId, long fieldId, String value) {
        this.contactId = contactId;
        this.fieldId = fieldId;
        this.value = value;
    }

    public Long getContactId() {
        return contactId;
    }

    public Long getFieldId() {
        return fieldId;
    }

    public String getValue() {
        return value;
    }

    void setValue(String value) {
        this.value = value;
    }

    /** The composite key: contact and field. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long contactId;
        private Long fieldId;

        public Key() {}

        public Key(Long contactId, Long fieldId) {
            this.contactId = contactId;
            this.fieldId = fieldId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(contactId, key.contactId)
                    && java.util.Objects.equals(fieldId, key.fieldId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(contactId, fieldId);
        }
    }
}
