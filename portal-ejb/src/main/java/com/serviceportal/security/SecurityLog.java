package com.serviceportal.security;

import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The security log: sign-ins and failed ones, locks, links sent and used, password changes, changes
 * of role or web access, and contact exports. An event is written in the transaction of what it
 * records, so a change that rolls back leaves no line. Only administrators read it.
 */
@Stateless
@Internal
public class SecurityLog {

    static final String SIGN_IN_FAILURES = "portal_sign_in_failures";
    static final String LOCKS = "portal_sign_in_locks";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private MetricRegistry metrics;

    /**
     * Records an event about a login (or, for a failed sign-in, about the name typed). The signed-in
     * user who did it, when it is someone else, and the client's address come from the request; a
     * sign-in passes its address itself.
     */
    public void record(SecurityEventKind kind, Long accountId, String username, String address, String detail) {
        String actor = signedIn()
                .filter(id -> !id.equals(accountId))
                .map(id -> em.find(UserAccount.class, id))
                .map(UserAccount::getUsername)
                .orElse(null);
        em.persist(new SecurityEvent(
                Instant.now(Clock.systemUTC()),
                kind,
                accountId,
                username,
                actor,
                address != null ? address : requestAddress().orElse(null),
                detail));
        count(kind);
    }

    /** Failed sign-ins and locks are counted for monitoring too, where every event of the kind passes. */
    private void count(SecurityEventKind kind) {
        if (kind == SecurityEventKind.SIGN_IN_FAILED) {
            metrics.counter(SIGN_IN_FAILURES).inc();
        } else if (kind == SecurityEventKind.LOCKED) {
            metrics.counter(LOCKS).inc();
        }
    }

    /** Records an event about a login by the signed-in user, from the request's address. */
    public void record(SecurityEventKind kind, UserAccount account, String detail) {
        record(kind, account.getId(), account.getUsername(), null, detail);
    }

    /** Records a change of a login's web access, if it changed; the contact screens call it when they save. */
    public void webAccessChanged(UserAccount account, boolean before) {
        if (account.isEnabled() != before) {
            record(SecurityEventKind.ACCESS_CHANGED, account, account.isEnabled() ? "web access on" : "web access off");
        }
    }

    /** One page of the log, newest first. */
    @Allowed(Audience.ADMINISTRATORS)
    public SecurityLogPage search(@NotNull SecurityLogSearch search, int first, int pageSize) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM SecurityEvent e WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (search.getKind() != null) {
            jpql.append(" AND e.kind = :kind");
            parameters.put("kind", search.getKind());
        }
        if (search.getText() != null && !search.getText().isBlank()) {
            jpql.append(" AND (LOWER(e.username) LIKE :text OR LOWER(e.actor) LIKE :text"
                    + " OR e.address LIKE :text OR LOWER(e.detail) LIKE :text)");
            parameters.put("text", "%" + likeEscaped(search.getText().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (search.getFrom() != null) {
            jpql.append(" AND e.occurredAt >= :from");
            parameters.put("from", startOf(search.getFrom()));
        }
        if (search.getTo() != null) {
            jpql.append(" AND e.occurredAt < :to");
            parameters.put("to", startOf(search.getTo().plusDays(1)));
        }
        jpql.append(" ORDER BY e.occurredAt DESC, e.id DESC");
        TypedQuery<SecurityEvent> query = em.createQuery(jpql.toString(), SecurityEvent.class);
        parameters.forEach(query::setParameter);
        List<SecurityLogEntry> entries = new ArrayList<>(query.setFirstResult(Math.max(0, first))
                .setMaxResults(pageSize + 1)
                .getResultStream()
                .map(SecurityLogEntry::of)
                .toList());
        boolean more = entries.size() > pageSize;
        return new SecurityLogPage(more ? entries.subList(0, pageSize) : entries, more);
    }

    private Optional<Long> signedIn() {
        try {
            return caller.accountId();
        } catch (ContextNotActiveException outsideARequest) {
            return Optional.empty();
        }
    }

    private Optional<String> requestAddress() {
        try {
            return clientAddress.value();
        } catch (ContextNotActiveException outsideARequest) {
            return Optional.empty();
        }
    }

    /** A typed % or _ is dropped rather than read as a wildcard. */
    private static String likeEscaped(String text) {
        return text.replace("%", "").replace("_", "");
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }
}
