package com.serviceportal.sla;

import com.serviceportal.cases.Case;
import com.serviceportal.cases.Severity;
import com.serviceportal.cases.TrackingNote;
import com.serviceportal.cases.TrackingStatus;
import com.serviceportal.contracts.Contract;
import com.serviceportal.security.Internal;
import com.serviceportal.settings.PortalSetting;
import com.serviceportal.settings.Setting;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps a case's service-level clock: the due times set when it is raised and recomputed from its
 * creation when its severity or contract changes, the clock stopped while the case is in a status
 * that pauses it and the due times moved later by the business time it stood still, and when the
 * desk first answered and when the case was resolved. Called by the case service in its
 * transaction (docs/decisions/0013-service-level-clock.md).
 */
@Stateless
@Internal
public class CaseClock {

    /** A target is at risk once this share of its business time has passed. */
    static final double AT_RISK_SHARE = 0.75;

    @PersistenceContext
    private EntityManager em;

    /** A case was raised: its due times count from its creation. */
    public void start(Case c) {
        if (c.getStatus().isPausesClock() && !c.getStatus().isComplete()) {
            c.pauseClock(c.getCreatedAt());
        }
        schedule(c, true);
    }

    /** A change of severity or contract: the due times are counted again from the creation. */
    public void reclassified(Case c, Severity severityBefore, Contract contractBefore) {
        if (c.getSeverity() != severityBefore || !Objects.equals(idOf(contractBefore), idOf(c.getContract()))) {
            schedule(c, true);
        }
    }

    /** A note was added and the case moved to its status; a staff note the customer reads answers. */
    public void noteAdded(Case c, TrackingStatus before, TrackingNote note, Instant now) {
        moved(c, before, !note.isByCustomer() && note.getStatus().isAvailableToCustomers(), now);
    }

    /** The customer closed or cancelled the case. */
    public void ended(Case c, TrackingStatus before, Instant now) {
        moved(c, before, false, now);
    }

    /** The desk changed the status, severity or contract: a change of status answers the customer. */
    public void worked(Case c, TrackingStatus before, Severity severityBefore, Contract contractBefore, Instant now) {
        moved(c, before, !before.getId().equals(c.getStatus().getId()), now);
        reclassified(c, severityBefore, contractBefore);
    }

    /**
     * Restarts the clock of cases whose status was changed without the case service, e.g. by the
     * nightly job that moves "Pending - no contract" cases on once their contract is active: the
     * clock counts again from {@code now}. At most {@code limit} cases per call.
     *
     * @return how many cases it restarted
     */
    public int restartMovedOn(Instant now, int limit) {
        var cases = em.createQuery(
                        "SELECT c FROM Case c WHERE c.clockPausedAt IS NOT NULL"
                                + " AND (c.status.pausesClock = FALSE OR c.status.complete = TRUE) ORDER BY c.id",
                        Case.class)
                .setMaxResults(limit)
                .getResultList();
        cases.forEach(c -> moved(c, c.getStatus(), false, now));
        return cases.size();
    }

    /** The case's service level and where it stands against each target at this moment. */
    public CaseTargets targets(Case c, Instant now) {
        Optional<ServiceLevel> level = levelOf(c);
        if (level.isEmpty()) {
            return CaseTargets.NONE;
        }
        Optional<ServiceLevelTarget> target = level.get().targetFor(c.getSeverity());
        String calendar = level.get().getCalendar().getName();
        if (target.isEmpty() || c.getResponseDueAt() == null) {
            return new CaseTargets(level.get().getName(), calendar, null, null, null, null, null, null);
        }
        Instant clockNow = c.getClockPausedAt() != null ? c.getClockPausedAt() : now;
        boolean responding = c.getRespondedAt() == null;
        return new CaseTargets(
                level.get().getName(),
                calendar,
                target.get().getResponseMinutes(),
                target.get().getResolutionMinutes(),
                c.getResponseDueAt(),
                c.getResolutionDueAt(),
                state(c, c.getResponseDueAt(), c.getRespondedAt(), responding, clockNow),
                state(c, c.getResolutionDueAt(), c.getResolvedAt(), !responding, clockNow));
    }

    private static TargetState state(Case c, Instant due, Instant metAt, boolean next, Instant clockNow) {
        if (metAt != null) {
            return metAt.isAfter(due) ? TargetState.MISSED : TargetState.MET;
        }
        if (clockNow.isAfter(due)) {
            return TargetState.MISSED;
        }
        if (c.getClockPausedAt() != null) {
            return TargetState.PAUSED;
        }
        // Only the target the queue shows has a risk moment; the other is judged by its due time alone.
        return next && c.getAtRiskAt() != null && !clockNow.isBefore(c.getAtRiskAt())
                ? TargetState.AT_RISK
                : TargetState.OPEN;
    }

    private void moved(Case c, TrackingStatus before, boolean answersCustomer, Instant now) {
        TrackingStatus status = c.getStatus();
        if (answersCustomer && c.getRespondedAt() == null) {
            c.markResponded(now);
        }
        boolean pauses = status.isPausesClock() && !status.isComplete();
        if (c.getClockPausedAt() != null && !pauses) {
            Instant pausedAt = c.getClockPausedAt();
            long seconds = levelOf(c)
                    .map(l -> l.getCalendar().clock().between(pausedAt, now).toSeconds())
                    .orElse(0L);
            c.resumeClock(seconds);
        } else if (c.getClockPausedAt() == null && pauses) {
            c.pauseClock(now);
        }
        if (status.isComplete() && c.getResolvedAt() == null) {
            c.markResolved(now);
        } else if (!status.isComplete() && before.isComplete()) {
            // Reopened: the resolution target is open again, against the due time it had.
            c.markResolved(null);
        }
        schedule(c, false);
    }

    /**
     * Counts the due times from the creation plus the business time paused so far. A target already
     * met keeps its due time, unless the severity or contract changed ({@code all}).
     */
    private void schedule(Case c, boolean all) {
        Optional<ServiceLevel> level = levelOf(c);
        Optional<ServiceLevelTarget> target = level.flatMap(l -> l.targetFor(c.getSeverity()));
        if (target.isEmpty()) {
            c.scheduleDue(null, null, null, null);
            return;
        }
        BusinessClock clock = level.get().getCalendar().clock();
        Instant created = c.getCreatedAt();
        Duration paused = Duration.ofSeconds(c.getClockPausedSeconds());
        Duration response = Duration.ofMinutes(target.get().getResponseMinutes());
        Duration resolution = Duration.ofMinutes(target.get().getResolutionMinutes());
        Instant responseDue = !all && c.getRespondedAt() != null && c.getResponseDueAt() != null
                ? c.getResponseDueAt()
                : clock.plus(created, paused.plus(response));
        Instant resolutionDue = !all && c.getResolvedAt() != null && c.getResolutionDueAt() != null
                ? c.getResolutionDueAt()
                : clock.plus(created, paused.plus(resolution));
        Instant due = null;
        Instant atRisk = null;
        if (!c.isComplete()) {
            Duration next = c.getRespondedAt() == null ? response : resolution;
            due = c.getRespondedAt() == null ? responseDue : resolutionDue;
            atRisk = clock.plus(created, paused.plus(Duration.ofSeconds((long) (next.toSeconds() * AT_RISK_SHARE))));
        }
        c.scheduleDue(responseDue, resolutionDue, due, atRisk);
    }

    /** The contract's service level; for a case without one, the portal's default (if chosen). */
    private Optional<ServiceLevel> levelOf(Case c) {
        Contract contract = c.getContract();
        if (contract != null && contract.getServiceLevel() != null) {
            return Optional.of(contract.getServiceLevel());
        }
        return Optional.ofNullable(em.find(PortalSetting.class, Setting.DEFAULT_SERVICE_LEVEL.key()))
                .map(PortalSetting::getValue)
                .filter(v -> v != null && v.matches("\\d{1,18}"))
                .map(v -> em.find(ServiceLevel.class, Long.valueOf(v)));
    }

    private static Long idOf(Contract contract) {
        return contract == null ? null : contract.getId();
    }
}
