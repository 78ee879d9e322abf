package com.serviceportal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the security log. Written once and never changed; it names the account by its id and
 * its username at the time, so it still reads right after the account changed or was deleted.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    static final int USERNAME_MAX = 254;
    static final int DETAIL_MAX = 400;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
    @SequenceGenerator(name = "security_event_seq", sequenceName = "security_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private SecurityEventKind kind;

    @Column(name = "account_id")
    private Long accountId;

    @Column(length = USERNAME_MAX)
    private String username;

    @Column(length = 64)
    private String actor;

    @Column(length = 64)
    private String address;

    @Column(length = DETAIL_MAX)
    private String detail;

    protected SecurityEvent() {}

    SecurityEvent(
            Instant occurredAt,
            SecurityEventKind kind,
            Long accountId,
            String username,
            String actor,
            String address,
            String detail) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.accountId = accountId;
        this.username = cut(username, USERNAME_MAX);
        this.actor = cut(actor, 64);
        this.address = cut(address, 64);
        this.detail = cut(detail, DETAIL_MAX);
    }

    /** A name typed at sign-in may be anything; the log keeps its start. */
    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getUsername() {
        return username;
    }

    public String getActor() {
        return actor;
    }

    public String getAddress() {
        return address;
    }

    public String getDetail() {
        return detail;
    }
}
