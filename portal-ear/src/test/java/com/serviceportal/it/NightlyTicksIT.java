package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.jobs.JobRun;
import com.serviceportal.jobs.NightlyClaims;
import com.serviceportal.jobs.NightlyJob;
import com.serviceportal.jobs.NightlyJobs;
import com.serviceportal.jobs.NightlyTimer;
import com.serviceportal.security.Caller;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly jobs start once per due time however many instances tick: each instance's tick claims
 * the due time in {@code nightly_run}, and only one claim of a due time succeeds. A night missed while
 * every instance was down runs once when one is back; a new database or a changed time of day does
 * not run for a due time already past. The server's own timer ticks every minute meanwhile, like a
 * second instance: whichever tick claims a due time, the jobs start once.
 */
@ExtendWith(ArquillianExtension.class)
public class NightlyTicksIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** Due times long past for the claim tests, one per claim, below every real due time. */
    private static final AtomicLong PAST_MINUTES = new AtomicLong(System.nanoTime() % 1_000_000);

    private static final LocalDateTime LONG_AGO = LocalDateTime.of(2001, 1, 1, 0, 0);

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(NightlyTicksIT.class, DemoData.class, Await.class);
    }

    @Inject
    private NightlyClaims claims;

    @Inject
    private NightlyTimer timer;

    @Inject
    private NightlyJobs jobs;

    @Inject
    private Caller caller;

    private List<Claim> claimsBefore;
    private LocalTime timeBefore;

    @BeforeEach
    void remember() throws SQLException {
        signIn();
        claimsBefore = rows();
        timeBefore = jobs.nightlyTime();
    }

    @AfterEach
    void putBack() throws SQLException {
        signIn();
        jobs.changeNightlyTime(timeBefore);
        replaceRows(claimsBefore);
    }

    @Test
    public void ofTwoInstancesClaimingOneDueTimeExactlyOneWins() throws Exception {
        LocalDateTime due = pastDueTime();
        assertTrue(claims.claim(due, true), "the first claim of a due time wins");
        assertFalse(claims.claim(due, true), "a second claim of the same due time loses");

        // Two instances at once (the default executor runs two tasks at a time), twenty times over, so
        // that some of the INSERTs really meet in the database.
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        for (int round = 0; round < 20; round++) {
            LocalDateTime together = pastDueTime();
            CountDownLatch ready = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int instance = 0; instance < 2; instance++) {
                results.add(executor.submit(() -> {
                    ready.countDown();
                    go.await();
                    return claims.claim(together, true);
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "all claimers started");
            go.countDown();
            List<Boolean> won = new ArrayList<>();
            for (Future<Boolean> result : results) {
                won.add(result.get(60, TimeUnit.SECONDS));
            }
            assertEquals(
                    1,
                    won.stream().filter(Boolean::booleanValue).count(),
                    "exactly one concurrent claim of " + together + " wins: " + won);
            assertEquals(
                    1, rows().stream().filter(row -> row.due().equals(together)).count());
        }
    }

    @Test
    public void aNightMissedWhileEveryInstanceWasDownRunsOnceAtTheNextTick() throws Exception {
        LocalTime aMinuteAgo = LocalTime.now().truncatedTo(ChronoUnit.MINUTES).minusMinutes(1);
        LocalDateTime due = latestAt(aMinuteAgo);
        jobs.changeNightlyTime(aMinuteAgo);
        assertEquals(Optional.empty(), timer.tick(LocalDateTime.now()), "a changed time runs from its next due time");
        assertEquals(List.of(), startedAtOrAfter(due), "the change does not run the jobs for today's time past");

        long newestRun = newestRun();
        // The cluster last ran three nights ago, then every instance was down until now.
        replaceRows(List.of(new Claim(due.minusDays(3), "portal-1", due.minusDays(3), true)));
        timer.tick(LocalDateTime.now());

        List<JobRun> runs = awaitRunsEnded(newestRun);
        assertEquals(
                NightlyJob.everyNight(),
                runs.stream().map(JobRun::job).sorted().toList(),
                "each nightly job ran once: " + runs);
        assertEquals(List.of(due), startedAtOrAfter(due.minusDays(2)), "only the latest missed night runs");

        assertEquals(Optional.empty(), timer.tick(LocalDateTime.now()), "the following tick finds it done");
        assertEquals(runs.size(), newRuns(newestRun).size(), "no job started again");
        assertEquals(List.of(due), startedAtOrAfter(due.minusDays(2)));
    }

    @Test
    public void aNewDatabaseDoesNotRunForTodaysTimeAlreadyPastButRunsTheNextNight() throws Exception {
        LocalTime aMinuteAgo = LocalTime.now().truncatedTo(ChronoUnit.MINUTES).minusMinutes(1);
        LocalDateTime due = latestAt(aMinuteAgo);
        jobs.changeNightlyTime(aMinuteAgo);
        long newestRun = newestRun();
        replaceRows(List.of());

        assertEquals(Optional.empty(), timer.tick(LocalDateTime.now()), "the first start runs nothing");
        assertEquals(Optional.empty(), timer.tick(LocalDateTime.now()));
        Map<LocalDateTime, Boolean> recorded =
                rows().stream().collect(Collectors.toMap(Claim::due, Claim::startedJobs, (a, b) -> a, TreeMap::new));
        assertEquals(Map.of(due, false), recorded, "today's due time is recorded as done without running");
        assertEquals(List.of(), newRuns(newestRun));

        LocalDateTime nextNight = due.plusDays(1);
        assertEquals(Optional.of(nextNight), timer.tick(nextNight.plusSeconds(5)), "the next night runs");
        List<JobRun> runs = awaitRunsEnded(newestRun);
        assertEquals(
                NightlyJob.everyNight(), runs.stream().map(JobRun::job).sorted().toList());
    }

    private void signIn() {
        caller.signIn(DemoData.accountId(DemoData.ADMINISTRATOR));
    }

    private static LocalDateTime latestAt(LocalTime timeOfDay) {
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime today = now.toLocalDate().atTime(timeOfDay);
        return today.isAfter(now) ? today.minusDays(1) : today;
    }

    private static LocalDateTime pastDueTime() {
        return LONG_AGO.plusMinutes(PAST_MINUTES.incrementAndGet());
    }

    // The jobs' runs as the jobs screen lists them.

    private long newestRun() {
        return jobs.runs().stream().mapToLong(JobRun::executionId).max().orElse(0);
    }

    private List<JobRun> newRuns(long newestBefore) {
        return jobs.runs().stream()
                .filter(run -> run.executionId() > newestBefore
                        && NightlyJob.everyNight().contains(run.job()))
                .toList();
    }

    /** Waits until every nightly job has a run after {@code newestBefore} and none of them runs any more. */
    private List<JobRun> awaitRunsEnded(long newestBefore) {
        return Await.until(
                () -> newRuns(newestBefore),
                runs -> runs.stream().map(JobRun::job).distinct().count()
                                == NightlyJob.everyNight().size()
                        && runs.stream().noneMatch(JobRun::isRunning),
                PATIENCE,
                "the nightly jobs to start and end");
    }

    // The rows of nightly_run, read and written in SQL.

    private record Claim(LocalDateTime due, String instance, LocalDateTime claimedAt, boolean startedJobs) {}

    /** Due times from {@code from} on that an instance claimed to start the jobs, oldest first. */
    private static List<LocalDateTime> startedAtOrAfter(LocalDateTime from) throws SQLException {
        return rows().stream()
                .filter(row -> row.startedJobs() && !row.due().isBefore(from))
                .map(Claim::due)
                .toList();
    }

    private static List<Claim> rows() throws SQLException {
        List<Claim> rows = new ArrayList<>();
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT due_at, instance_name, claimed_at, started_jobs FROM nightly_run ORDER BY due_at");
                ResultSet found = query.executeQuery()) {
            while (found.next()) {
                rows.add(new Claim(
                        found.getObject(1, LocalDateTime.class),
                        found.getString(2),
                        found.getObject(3, LocalDateTime.class),
                        found.getBoolean(4)));
            }
        }
        return rows;
    }

    /** Replaces every row at once, so the server's own tick never sees the table half-way. */
    private static void replaceRows(List<Claim> claims) throws SQLException {
        try (Connection connection = DemoData.database().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM nightly_run");
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO nightly_run"
                            + " (due_at, instance_name, claimed_at, started_jobs) VALUES (?, ?, ?, ?)")) {
                delete.executeUpdate();
                for (Claim claim : claims) {
                    insert.setObject(1, claim.due());
                    insert.setString(2, claim.instance());
                    insert.setObject(3, claim.claimedAt());
                    insert.setBoolean(4, claim.startedJobs());
                    insert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
