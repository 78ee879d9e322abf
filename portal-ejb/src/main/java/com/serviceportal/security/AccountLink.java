package com.serviceportal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A single-use link that lets one account set its password. Only the SHA-256 of the token is kept,
 * so a copy of the database opens no account.
 */
@Entity
@Table(name = "account_link")
public class AccountLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_link_seq")
    @SequenceGenerator(name = "account_link_seq", sequenceName = "account_link_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private LinkPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected AccountLink() {}

    AccountLink(UserAccount account, LinkPurpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    UserAccount getAccount() {
        return account;
    }

    LinkPurpose getPurpose() {
        return purpose;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    /** Usable: not used yet and not expired. */
    boolean isOpen(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }
}
