package com.serviceportal.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A contact's personal calendar address. Only a hash of its secret is kept: the address is shown
 * once, when it is made, and a lost one is replaced by renewing it (docs/decisions/0051).
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @Column(name = "contact_id")
    private Long contactId;

    /** SHA-256 of the secret, in hexadecimal. */
    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CalendarFeed() {}

    CalendarFeed(long contactId) {
        this.contactId = contactId;
    }

    void renew(String tokenHash, Instant now) {
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public Long getContactId() {
        return contactId;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
