package com.serviceportal.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One mail waiting to be sent, or sent. It is due while it is unsent and its next attempt time has
 * come; a sender claims it by moving that time forward, so no other instance picks it up meanwhile.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    static final int RECIPIENT_MAX = 254;
    static final int SUBJECT_MAX = 255;
    static final int ERROR_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = RECIPIENT_MAX)
    @Column(nullable = false)
    private String recipient;

    @NotBlank
    @Size(max = SUBJECT_MAX)
    @Column(nullable = false)
    private String subject;

    @NotBlank
    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Every try to hand the message to the mail server, failed or not. */
    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Size(max = ERROR_MAX)
    @Column(name = "last_error")
    private String lastError;

    @Version
    private long version;

    protected OutboxMessage() {}

    OutboxMessage(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant at) {
        attempts++;
        sentAt = at;
        lastError = null;
    }

    void failed(String error, Instant retryAt) {
        attempts++;
        lastError = error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        nextAttemptAt = retryAt;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public long getVersion() {
        return version;
    }
}
