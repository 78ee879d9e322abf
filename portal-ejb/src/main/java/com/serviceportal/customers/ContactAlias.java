package com.serviceportal.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An extra e-mail address of a contact; one alias may be the address mail is sent to. */
@Entity
@Table(name = "contact_alias")
public class ContactAlias {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_alias_seq")
    @SequenceGenerator(name = "contact_alias_seq", sequenceName = "contact_alias_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id", nullable = false)
    private Contact contact;

    @NotBlank
    @Email
    @Size(max = 254)
    @Column(nullable = false)
    private String email;

    @Column(name = "send_to", nullable = false)
    private boolean sendTo;

    @Version
    private long version;

    protected ContactAlias() {}

    ContactAlias(Contact contact, String email) {
        this.contact = contact;
        this.email = email;
    }

    public String getEmail() {
        return email;
    }

    public boolean isSendTo() {
        return sendTo;
    }

    void setSendTo(boolean sendTo) {
        this.sendTo = sendTo;
    }
}
