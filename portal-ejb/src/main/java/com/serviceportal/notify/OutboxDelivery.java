package com.serviceportal.notify;

import com.serviceportal.security.Internal;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's bookkeeping for the sender, each step in a transaction of its own so that nothing
 * is held open while the mail server is talked to.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Internal
public class OutboxDelivery {

    @PersistenceContext
    private EntityManager em;

    /** Unsent messages whose time has come, oldest first. */
    public List<OutboxMessage> findDue(Instant now, int limit) {
        return em.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.sentAt IS NULL AND m.nextAttemptAt <= :now"
                                + " ORDER BY m.nextAttemptAt, m.id",
                        OutboxMessage.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Takes a message for sending, if no one else has since it was read: one conditional update,
     * so of two instances racing for it exactly one wins. Its next attempt moves past the claim, so
     * it is not due to anyone while it is being sent.
     *
     * @return whether this caller now owns the message (at {@code version + 1})
     */
    public boolean claim(OutboxMessage message, Instant claimedUntil) {
        int updated = em.createQuery("UPDATE OutboxMessage m SET m.nextAttemptAt = :until, m.version = m.version + 1"
                        + " WHERE m.id = :id AND m.version = :version AND m.sentAt IS NULL")
                .setParameter("until", claimedUntil)
                .setParameter("id", message.getId())
                .setParameter("version", message.getVersion())
                .executeUpdate();
        return updated == 1;
    }

    /** How many messages wait to be sent. */
    public long backlog() {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.sentAt IS NULL", Long.class)
                .getSingleResult();
    }

    /** When the oldest message still waiting to be sent was written, if one waits. */
    public Optional<Instant> oldestUnsent() {
        return Optional.ofNullable(
                em.createQuery("SELECT MIN(m.createdAt) FROM OutboxMessage m WHERE m.sentAt IS NULL", Instant.class)
                        .getSingleResult());
    }

    /**
     * When the oldest message no sender has tried yet was written, if one waits: a message the mail
     * server refused or could not take has been tried, and waits for its retry.
     */
    public Optional<Instant> oldestUntried() {
        return Optional.ofNullable(em.createQuery(
                        "SELECT MIN(m.createdAt) FROM OutboxMessage m WHERE m.sentAt IS NULL AND m.attempts = 0",
                        Instant.class)
                .getSingleResult());
    }

    public void recordSent(long id, Instant at) {
        em.find(OutboxMessage.class, id).sent(at);
    }

    /** Counts the failure and schedules the next attempt after the back-off for that many failures. */
    public void recordFailure(long id, String error, Instant at, DeliverySchedule schedule) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        message.failed(error, at.plus(schedule.retryDelay(message.getAttempts() + 1)));
    }
}
