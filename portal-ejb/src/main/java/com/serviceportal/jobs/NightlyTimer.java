package com.serviceportal.jobs;

import com.serviceportal.security.Internal;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the nightly jobs once per due time across all instances of a cluster, without a persistent
 * EJB timer (whose store a deployment group may not have, see decision 0037). Every instance ticks
 * once a minute; the instance that claims the due time in the database ({@link NightlyClaims}) starts
 * the jobs, the others find it claimed.
 *
 * <p>The rule: only a due time after the latest one in {@code nightly_run} counts, and of several
 * such (nights the whole cluster was down) only the latest runs, once, at the first tick after it, as
 * a persistent calendar timer would. On a new database the first tick records the latest due time as
 * done without running: installed at 10:00 with 02:00 set, the jobs first run at 02:00 the next night;
 * a cluster down from 01:00 to 03:00 runs them at 03:00. Changing the time of day records the latest
 * due time of the new time the same way, so the change takes effect from its next due time.
 */
@Singleton
@DependsOn("SchemaMigration")
@Internal
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyTimer {

    private static final Logger LOG = Logger.getLogger(NightlyTimer.class.getName());

    @EJB
    private JobControl control;

    @EJB
    private NightlySchedule schedule;

    @EJB
    private NightlyClaims claims;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        try {
            tick(LocalDateTime.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Nightly tick failed; the next one tries again", e);
        }
    }

    /** One tick at {@code now}: the due time this instance claimed and started the jobs for, if any. */
    public Optional<LocalDateTime> tick(LocalDateTime now) {
        LocalDateTime due = NightlyDueTimes.at(schedule.time()).latestAt(now);
        Optional<LocalDateTime> latest = claims.latest();
        if (latest.isEmpty()) {
            claims.claim(due, false);
            return Optional.empty();
        }
        if (!due.isAfter(latest.get()) || !claims.claim(due, true)) {
            return Optional.empty();
        }
        LOG.info(() -> "Nightly jobs due at " + due + " start on this instance");
        for (NightlyJob job : NightlyJob.everyNight()) {
            try {
                control.startUnlessRunning(job);
            } catch (RuntimeException e) {
                // One job that cannot start must not keep the other from running.
                LOG.log(Level.SEVERE, "Nightly job " + job.jobName() + " did not start", e);
            }
        }
        return Optional.of(due);
    }

    /** The time of day is now {@code time}: its due times up to now count as done. */
    public void timeChanged(LocalTime time) {
        LocalDateTime due = NightlyDueTimes.at(time).latestAt(LocalDateTime.now());
        claims.claim(due, false);
        LOG.info(() -> "Nightly jobs run every day at " + time + " from the next due time on");
    }
}
