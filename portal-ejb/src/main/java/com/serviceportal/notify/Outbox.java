package com.serviceportal.notify;

import com.serviceportal.security.Internal;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.Instant;

/**
 * Where the portal posts its mail. A message is written in the transaction of the change it
 * reports, and only there: if that change rolls back, the mail is never sent.
 */
@Stateless
@Internal
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    /** Writes a message for the sender to deliver once the caller's transaction commits. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(@NotBlank String recipient, @NotBlank String subject, @NotBlank String body) {
        String oneLineSubject = subject.replaceAll("\\s+", " ").strip();
        if (oneLineSubject.length() > OutboxMessage.SUBJECT_MAX) {
            oneLineSubject = oneLineSubject.substring(0, OutboxMessage.SUBJECT_MAX - 1) + "…";
        }
        em.persist(new OutboxMessage(recipient.strip(), oneLineSubject, body, Instant.now(Clock.systemUTC())));
    }
}
