package com.serviceportal.notify;

import com.serviceportal.security.Internal;
import com.serviceportal.settings.SettingsService;
import jakarta.ejb.EJB;
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

    @EJB
    private SettingsService settings;

    /**
     * Writes a message for the sender to deliver once the caller's transaction commits, signed with
     * the portal's name and address, so every mail says where it comes from.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(@NotBlank String recipient, @NotBlank String subject, @NotBlank String body) {
        String oneLineSubject = subject.replaceAll("\\s+", " ").strip();
        if (oneLineSubject.length() > OutboxMessage.SUBJECT_MAX) {
            oneLineSubject = oneLineSubject.substring(0, OutboxMessage.SUBJECT_MAX - 1) + "…";
        }
        String signed = body.stripTrailing() + "\n\n-- \n" + settings.portalName() + "\n" + settings.link("/") + "\n";
        em.persist(new OutboxMessage(recipient.strip(), oneLineSubject, signed, Instant.now(Clock.systemUTC())));
    }
}
