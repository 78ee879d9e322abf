package com.serviceportal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.Await;
import com.serviceportal.jobs.NightlyJob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The nightly jobs across the group: each due time is claimed by one instance in the application's
 * database and its jobs start once, and a due time that passed while the whole group was down is
 * caught up once when it is back. The group ticks every minute here
 * ({@code portal.nightly-jobs.every-minute}, set by {@code config/cluster.sh}).
 */
public class NightlyClusterIT {

    private static final List<String> JOBS =
            NightlyJob.everyNight().stream().map(NightlyJob::jobName).toList();

    @Test
    public void eachTickStartsTheNightlyJobsOnceAndAMissedNightIsCaughtUpAfterTheGroupWasDown() throws Exception {
        LocalDateTime begun = LocalDateTime.now();
        // a tick's claim comes before its runs: the second claim, a minute later, comes after both
        // instances have handled the first tick
        List<LocalDateTime> ticks = Await.until(
                () -> startedSince(begun), started -> started.size() >= 2, Duration.ofMinutes(4), "two ticks");
        LocalDateTime first = ticks.get(0);
        assertEquals(
                JOBS.size(),
                runsBetween(first, first.plusSeconds(55)),
                "one run of each nightly job for the tick due at " + first + ", on one instance");

        String timeOfDay = setting();
        Cluster.stopGroup();
        LocalDateTime stopped = LocalDateTime.now();
        try {
            Cluster.asadmin("delete-system-property", "--target", "portal-config", "portal.nightly-jobs.every-minute");
            LocalDateTime night = stopped.plusMinutes(1).truncatedTo(ChronoUnit.MINUTES);
            setting(night.toLocalTime().toString());
            Await.until(
                    LocalDateTime::now,
                    now -> now.isAfter(night.plusSeconds(5)),
                    Duration.ofMinutes(2),
                    "the due time to pass while the group is down");
            LocalDateTime restarted = LocalDateTime.now();
            Cluster.startGroup();

            Await.until(
                    () -> startedSince(stopped),
                    started -> started.contains(night),
                    Duration.ofMinutes(3),
                    "the missed due time " + night + " caught up");
            LocalDateTime caughtUp = claimedAt(night);
            assertTrue(caughtUp.isAfter(restarted), "claimed after the restart, at " + caughtUp);
            Await.until(
                    () -> runsSince(restarted),
                    runs -> runs >= JOBS.size(),
                    Duration.ofMinutes(1),
                    "the nightly jobs of the missed night to start");
            Await.until(
                    LocalDateTime::now,
                    now -> now.isAfter(caughtUp.plusSeconds(65)),
                    Duration.ofMinutes(2),
                    "the next tick");
            assertEquals(List.of(night), startedSince(stopped), "not again at the next tick");
            assertEquals(JOBS.size(), runsSince(restarted), "one run of each job for the missed night, none after");
        } finally {
            setting(timeOfDay);
            Cluster.asadmin(
                    "create-system-properties", "--target", "portal-config", "portal.nightly-jobs.every-minute=true");
        }
    }

    /** The due times claimed with their jobs started, after {@code since}, in order. */
    private static List<LocalDateTime> startedSince(LocalDateTime since) {
        try (Connection db = Cluster.database();
                PreparedStatement query = db.prepareStatement("SELECT due_at FROM nightly_run"
                        + " WHERE started_jobs = TRUE AND due_at > ? ORDER BY due_at")) {
            query.setTimestamp(1, Timestamp.valueOf(since));
            List<LocalDateTime> due = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    due.add(rows.getTimestamp(1).toLocalDateTime());
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDateTime claimedAt(LocalDateTime due) throws SQLException {
        try (Connection db = Cluster.database();
                PreparedStatement query = db.prepareStatement("SELECT claimed_at FROM nightly_run WHERE due_at = ?")) {
            query.setTimestamp(1, Timestamp.valueOf(due));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getTimestamp(1).toLocalDateTime();
            }
        }
    }

    private static int runsSince(LocalDateTime from) {
        try {
            return runsBetween(from, LocalDateTime.now().plusMinutes(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs of the nightly jobs the batch runtime created in [from, to), on any instance. */
    private static int runsBetween(LocalDateTime from, LocalDateTime to) throws SQLException {
        String names = JOBS.stream().map(name -> "?").collect(Collectors.joining(", "));
        try (Connection db = Cluster.database();
                PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM EXECUTIONINSTANCEDATA e"
                        + " JOIN JOBINSTANCEDATA j ON j.jobinstanceid = e.jobinstanceid"
                        + " WHERE j.name IN (" + names + ") AND e.createtime >= ? AND e.createtime < ?")) {
            int i = 1;
            for (String job : JOBS) {
                query.setString(i++, job);
            }
            query.setTimestamp(i++, Timestamp.valueOf(from));
            query.setTimestamp(i, Timestamp.valueOf(to));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static String setting() throws SQLException {
        try (Connection db = Cluster.database();
                PreparedStatement query = db.prepareStatement(
                        "SELECT setting_value FROM portal_setting WHERE name = 'nightly-jobs-at'")) {
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static void setting(String timeOfDay) throws SQLException {
        LocalTime.parse(timeOfDay);
        try (Connection db = Cluster.database();
                PreparedStatement update = db.prepareStatement("UPDATE portal_setting"
                        + " SET setting_value = ?, version = version + 1 WHERE name = 'nightly-jobs-at'")) {
            update.setString(1, timeOfDay);
            assertEquals(1, update.executeUpdate());
        }
    }
}
