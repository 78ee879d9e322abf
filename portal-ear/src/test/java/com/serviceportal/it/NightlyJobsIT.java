package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.jobs.JobAlreadyRunningException;
import com.serviceportal.jobs.JobControl;
import com.serviceportal.jobs.JobRun;
import com.serviceportal.jobs.NightlyJob;
import com.serviceportal.jobs.NightlyJobs;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import com.serviceportal.sla.CaseClock;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly contract jobs on the real server and database: activation and expiry (also of a pending
 * contract whose end has passed), the one active
 * contract per customer, "Pending - no contract" cases moved on, the support-hour reset on the rollover
 * day and after missed nights, second runs that change nothing, and a run stopped after ten chunks
 * and restarted from its checkpoint. Every date is relative to today; each test adds its own customers,
 * contracts and cases.
 */
@ExtendWith(ArquillianExtension.class)
public class NightlyJobsIT {

    private static final AtomicLong IDS = new AtomicLong(7_100_000L);
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(NightlyJobsIT.class, DemoData.class, Await.class);
    }

    @Inject
    private NightlyJobs jobs;

    @Inject
    private Caller caller;

    @Inject
    private JobControl control;

    @Inject
    private CaseClock clock;

    private final LocalDate today = LocalDate.now();

    @Test
    public void activationActivatesStartedContractsExpiresEndedOnesAndKeepsOneActivePerCustomer() throws Exception {
        long customer = customer();
        long startedYesterday = contract(customer, "PENDING", today.minusDays(1), today.plusYears(1));
        long secondForSameCustomer = contract(customer, "PENDING", today, today.plusYears(1));
        long startsTomorrow = contract(customer(), "PENDING", today.plusDays(1), null);
        long awaitsInvoice = contract(customer(), "PENDING", today.minusDays(2), null);
        setAwaitingInvoice(awaitsInvoice);
        long endedYesterday = contract(customer(), "ACTIVE", today.minusYears(1), today.minusDays(1));
        long endsToday = contract(customer(), "ACTIVE", today.minusYears(1), today);
        long coveredCustomer = customer();
        contract(coveredCustomer, "ACTIVE", today.minusMonths(3), null);
        long secondWhileOneIsActive = contract(coveredCustomer, "PENDING", today, null);

        JobRun run = runNowAndWait(NightlyJob.CONTRACT_ACTIVATION);

        assertEquals("COMPLETED", run.status());
        assertEquals("ACTIVE", state(startedYesterday), "the lower-numbered due contract of a customer wins");
        assertEquals("PENDING", state(secondForSameCustomer), "a second contract for the customer stays pending");
        assertEquals("PENDING", state(startsTomorrow));
        assertEquals("PENDING", state(awaitsInvoice), "a contract waiting for its invoice is not activated");
        assertEquals("EXPIRED", state(endedYesterday));
        assertEquals("ACTIVE", state(endsToday), "a contract is active up to and including its end date");
        assertEquals("PENDING", state(secondWhileOneIsActive), "the customer already has an active contract");
        assertTrue(run.skipped() >= 2, "the contracts left pending are counted as skipped: " + run);
        assertTrue(run.written() >= 2, "the activated and the expired contract are counted: " + run);
        assertNotNull(run.startedAt());
        assertNotNull(run.endedAt());

        List<Long> versions = versions(List.of(startedYesterday, secondForSameCustomer, endedYesterday, endsToday));
        JobRun second = runNowAndWait(NightlyJob.CONTRACT_ACTIVATION);
        assertEquals("COMPLETED", second.status());
        assertEquals(
                versions,
                versions(List.of(startedYesterday, secondForSameCustomer, endedYesterday, endsToday)),
                "a second run changes nothing");
        assertEquals("PENDING", state(secondForSameCustomer));
    }

    @Test
    public void aPendingContractWhoseEndDateHasPassedExpires() throws Exception {
        long unpaidEndedYesterday = contract(customer(), "PENDING", today.minusMonths(2), today.minusDays(1));
        setAwaitingInvoice(unpaidEndedYesterday);
        long unpaidEndsToday = contract(customer(), "PENDING", today.minusMonths(2), today);
        setAwaitingInvoice(unpaidEndsToday);
        long wholeTermPassed = contract(customer(), "PENDING", today.minusMonths(2), today.minusDays(1));

        JobRun run = runNowAndWait(NightlyJob.CONTRACT_ACTIVATION);

        assertEquals("COMPLETED", run.status());
        assertEquals("EXPIRED", state(unpaidEndedYesterday), "still waiting for its invoice when its last day passed");
        assertEquals("PENDING", state(unpaidEndsToday), "pending up to and including its end date");
        assertEquals("EXPIRED", state(wholeTermPassed), "expired rather than activated for a term that is over");
    }

    @Test
    public void pendingContractCasesOfACoveredCustomerMoveOnWithAHistoryEntry() throws Exception {
        long pendingStatus = DemoData.id("tracking_status", "Pending - no contract");
        long newStatus = DemoData.id("tracking_status", "New");
        long company = customer();
        long site = customer(company);
        contract(company, "PENDING", today, null);
        long onSite = serviceCase(site, pendingStatus);
        long onCompany = serviceCase(company, pendingStatus);
        long uncovered = serviceCase(customer(), pendingStatus);
        long inProgressElsewhere = serviceCase(company, DemoData.id("tracking_status", "In progress"));

        for (long waiting : List.of(onSite, onCompany, uncovered)) {
            update("UPDATE service_case SET clock_paused_at = created_at WHERE id = ?", waiting);
        }

        runNowAndWait(NightlyJob.CONTRACT_ACTIVATION);
        clock.restartMovedOn(Instant.now(), 1_000);

        assertFalse(clockStopped(onSite), "the service-level clock runs again once the case moved on");
        assertFalse(clockStopped(onCompany));
        assertTrue(clockStopped(uncovered), "the clock of a case still waiting stays stopped");
        assertEquals(newStatus, status(onSite), "the company's contract covers its site");
        assertEquals(newStatus, status(onCompany));
        assertEquals(newStatus, customerStatus(onCompany), "the customer sees the new status");
        assertEquals(pendingStatus, status(uncovered), "a customer without an active contract keeps waiting");
        assertEquals(DemoData.id("tracking_status", "In progress"), status(inProgressElsewhere));
        assertEquals(List.of("Pending - no contract -> New"), history(onSite));
        assertEquals(List.of("Pending - no contract -> New"), history(onCompany));
        assertEquals(List.of(), history(uncovered));

        runNowAndWait(NightlyJob.CONTRACT_ACTIVATION);
        assertEquals(1, history(onSite).size(), "a second run writes no second history entry");
    }

    @Test
    public void aListContractMovesOnItsCompanysCasesAboutAnItemButNotAnotherCompanys() throws Exception {
        long pendingStatus = DemoData.id("tracking_status", "Pending - no contract");
        long company = customer();
        long site = customer(company);
        // an item of the company's that stands, after a move of its site, in another company
        long otherSite = customer(customer());
        long item = IDS.incrementAndGet();
        update(
                "INSERT INTO equipment (id, customer_id, id_number, description, version) VALUES (?, ?, ?, 'Press', 0)",
                item,
                otherSite,
                "NJ-ITEM-" + item);
        long list = contract(company, "ACTIVE", today.minusDays(1), null);
        update("UPDATE contract SET covers_items = CAST(1 AS BIT) WHERE id = ?", list);
        update("INSERT INTO contract_item (contract_id, equipment_id) VALUES (?, ?)", list, item);
        long ofTheCompany = serviceCase(site, pendingStatus);
        long ofTheOtherCompany = serviceCase(otherSite, pendingStatus);
        for (long waiting : List.of(ofTheCompany, ofTheOtherCompany)) {
            update("UPDATE service_case SET equipment_id = ? WHERE id = ?", item, waiting);
        }

        runNowAndWait(NightlyJob.CONTRACT_ACTIVATION);

        assertEquals(DemoData.id("tracking_status", "New"), status(ofTheCompany), "its list covers the item");
        assertEquals(
                pendingStatus,
                status(ofTheOtherCompany),
                "another company's case about the item is not covered by this company's contract");
    }

    @Test
    public void supportHoursAreRestoredOnTheRolloverDayAndAfterMissedNightsOnce() throws Exception {
        long onTheDay = monthly(today.getDayOfMonth(), today.minusMonths(1), 300);
        LocalDate threeNightsAgo = today.minusDays(3);
        long missedNights = monthly(threeNightsAgo.getDayOfMonth(), today.minusMonths(2), 420);
        long resetToday = monthly(today.getDayOfMonth(), today, 60);
        long notYet =
                monthly(today.plusDays(1).getDayOfMonth(), today.plusDays(1).minusMonths(1), 120);
        long onDayThirtyOne = monthly(31, null, 90);

        JobRun run = runNowAndWait(NightlyJob.SUPPORT_HOURS_RESET);

        assertEquals("COMPLETED", run.status());
        assertEquals(0, usedMinutes(onTheDay));
        assertEquals(today, periodStart(onTheDay));
        assertEquals(0, usedMinutes(missedNights), "missed nights are caught up");
        assertEquals(threeNightsAgo, periodStart(missedNights), "the period starts on the latest rollover day");
        assertEquals(60, usedMinutes(resetToday), "a period that began today is kept");
        assertEquals(120, usedMinutes(notYet), "the rollover day has not come yet");
        assertEquals(0, usedMinutes(onDayThirtyOne), "a period that never began starts now");
        LocalDate lastOfThisMonth = today.withDayOfMonth(today.lengthOfMonth());
        LocalDate expected = lastOfThisMonth.equals(today)
                ? today
                : today.minusMonths(1).withDayOfMonth(today.minusMonths(1).lengthOfMonth());
        assertEquals(expected, periodStart(onDayThirtyOne), "day 31 falls on the month's last day");

        addUsedMinutes(onTheDay, 45);
        List<Long> versions = versions(List.of(onTheDay, missedNights, resetToday, notYet, onDayThirtyOne));
        JobRun second = runNowAndWait(NightlyJob.SUPPORT_HOURS_RESET);
        assertEquals("COMPLETED", second.status());
        assertEquals(45, usedMinutes(onTheDay), "a second run the same day restores nothing");
        assertEquals(versions, versions(List.of(onTheDay, missedNights, resetToday, notYet, onDayThirtyOne)));
    }

    @Test
    public void aRunStoppedAfterTenChunksRestartsFromItsCheckpointAndChangesNoRowTwice() throws Exception {
        long customer = customer();
        signIn(DemoData.ADMINISTRATOR);
        List<Long> ended = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ended.add(contract(customer, "ACTIVE", today.minusYears(1), today.minusDays(1 + i)));
        }
        long due = count("SELECT COUNT(*) FROM contract WHERE state IN ('ACTIVE', 'PENDING') AND end_date < ?", today);
        List<Long> before = versions(ended);
        Properties stopping = new Properties();
        // Chunks of one row: more than 20 chunks' worth is due, so the reader walks the table by id; the
        // restart, with the default chunk size, asks for the rows left directly.
        stopping.setProperty("chunkSize", "1");
        stopping.setProperty("stopInStep", "expire");
        stopping.setProperty("stopAfterChunks", "10");

        long first = control.start(NightlyJob.CONTRACT_ACTIVATION, stopping);
        JobRun stopped = await(first);
        assertEquals("STOPPED", stopped.status());
        assertTrue(stopped.restartable(), "the jobs screen offers to continue it");
        // A stop takes effect at the end of the chunk under way, which the batch runtime commits with its
        // checkpoint.
        long left = count("SELECT COUNT(*) FROM contract WHERE state IN ('ACTIVE', 'PENDING') AND end_date < ?", today);
        assertTrue(left <= due - 10 && left > 0, "stopped after ten chunks and before the end: " + left + " left");

        long restart = jobs.restart(first);
        assertEquals("COMPLETED", await(restart).status());
        assertEquals(left, stepReadCount(restart, "expire"), "the restart read exactly the rows after the checkpoint");
        for (int i = 0; i < ended.size(); i++) {
            assertEquals("EXPIRED", state(ended.get(i)));
            assertEquals(before.get(i) + 1, versions(List.of(ended.get(i))).get(0), "each row changed exactly once");
        }

        List<JobRun> runs = jobs.runs();
        assertEquals(restart, runs.get(0).executionId(), "the newest run comes first");
        JobRun continued =
                runs.stream().filter(r -> r.executionId() == first).findFirst().orElseThrow();
        assertFalse(continued.restartable(), "a run that was continued is not offered again");
        assertThrows(BusinessException.class, () -> jobs.restart(first));
    }

    @Test
    public void runNowRefusesASecondStartWhileTheJobRuns() throws Exception {
        signIn(DemoData.ADMINISTRATOR);
        long execution = jobs.runNow(NightlyJob.CONTRACT_ACTIVATION);
        try {
            long second = jobs.runNow(NightlyJob.CONTRACT_ACTIVATION);
            // Accepted only if the first run had already ended: a short job may finish in between.
            JobRun first = await(execution);
            JobRun next = await(second);
            assertTrue(
                    first.endedAt() != null && !first.endedAt().isAfter(next.startedAt()),
                    "a second run started while the first ran: " + first + " / " + next);
        } catch (JobAlreadyRunningException refused) {
            assertEquals("COMPLETED", await(execution).status());
        }
        long afterwards = jobs.runNow(NightlyJob.CONTRACT_ACTIVATION);
        assertEquals("COMPLETED", await(afterwards).status(), "once it ended, it starts again");
    }

    @Test
    public void onlyAnAdministratorSeesTheJobsAndChangesTheirTime() {
        signIn(DemoData.TECHNICIAN);
        assertThrows(NotFoundException.class, () -> jobs.runs());
        assertThrows(NotFoundException.class, () -> jobs.runNow(NightlyJob.SUPPORT_HOURS_RESET));

        signIn(DemoData.ADMINISTRATOR);
        LocalTime before = jobs.nightlyTime();
        jobs.changeNightlyTime(LocalTime.of(3, 15));
        assertEquals(LocalTime.of(3, 15), jobs.nightlyTime());
        jobs.changeNightlyTime(before);
        assertEquals(before, jobs.nightlyTime());
    }

    @Test
    public void theJobRepositoryIsInThePortalDatabase() throws Exception {
        signIn(DemoData.ADMINISTRATOR);
        long execution = jobs.runNow(NightlyJob.SUPPORT_HOURS_RESET);
        await(execution);
        String schema = (String) value(
                "SELECT TABLE_SCHEMA FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = ?",
                "EXECUTIONINSTANCEDATA");
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM " + schema + ".EXECUTIONINSTANCEDATA WHERE JOBEXECID = ?", execution),
                "the batch runtime keeps its executions in jdbc/portal");
    }

    // The run as the jobs screen shows it, once it has ended.

    private JobRun runNowAndWait(NightlyJob job) {
        signIn(DemoData.ADMINISTRATOR);
        return await(jobs.runNow(job));
    }

    /** Waits until the jobs screen's list shows the run ended, and returns it as listed. */
    private JobRun await(long execution) {
        return Await.until(
                () -> listed(execution), run -> !run.isRunning(), PATIENCE, "execution " + execution + " to end");
    }

    private JobRun listed(long execution) {
        return jobs.runs().stream()
                .filter(r -> r.executionId() == execution)
                .findFirst()
                .orElseThrow(() -> new AssertionError("execution " + execution + " is not listed"));
    }

    /** What one step of a run read, from the job repository's table in jdbc/portal. */
    private static long stepReadCount(long execution, String step) throws SQLException {
        String schema = (String) value(
                "SELECT TABLE_SCHEMA FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = ?",
                "STEPEXECUTIONINSTANCEDATA");
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT readcount FROM " + schema
                        + ".STEPEXECUTIONINSTANCEDATA WHERE jobexecid = ? AND stepname = ?")) {
            query.setLong(1, execution);
            query.setString(2, step);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "no step " + step + " in execution " + execution);
                return rows.getLong(1);
            }
        }
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    // Rows of the test's own, added and read in SQL.

    private static long customer() throws SQLException {
        return customer(null);
    }

    private static long customer(Long parent) throws SQLException {
        long id = IDS.incrementAndGet();
        update(
                "INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (?, ?, ?, ?, 0)",
                id,
                "NJ" + id,
                "Nightly jobs customer " + id,
                parent);
        return id;
    }

    private static long contract(long customer, String state, LocalDate start, LocalDate end) throws SQLException {
        long id = IDS.incrementAndGet();
        update(
                "INSERT INTO contract (id, reference, customer_id, contract_type, state, start_date, end_date, version)"
                        + " VALUES (?, ?, ?, 'SUBSCRIPTION', ?, ?, ?, 0)",
                id,
                "NJ-" + id,
                customer,
                state,
                start,
                end);
        return id;
    }

    private static long monthly(int rolloverDay, LocalDate periodStart, int used) throws SQLException {
        long id = IDS.incrementAndGet();
        update(
                "INSERT INTO contract (id, reference, customer_id, contract_type, state, start_date, version,"
                        + " monthly_minutes, rollover_day, period_start, used_minutes)"
                        + " VALUES (?, ?, ?, 'SUPPORT_HOURS_BY_MONTH', 'ACTIVE', ?, 0, 600, ?, ?, ?)",
                id,
                "NJ-" + id,
                customer(),
                LocalDate.now().minusYears(1),
                rolloverDay,
                periodStart,
                used);
        return id;
    }

    private static long serviceCase(long customer, long status) throws SQLException {
        long id = IDS.incrementAndGet();
        Timestamp now = Timestamp.from(Instant.now());
        update(
                "INSERT INTO service_case (id, case_number, customer_id, severity, severity_rank, summary, status_id,"
                        + " customer_status_id, source, created_at, updated_at, version)"
                        // Numbered like every other case, so the desk's "newest case" stays a real one.
                        + " VALUES (?, NEXT VALUE FOR case_number_seq, ?, 'MEDIUM', 3, ?, ?, ?, 'DESK', ?, ?, 0)",
                id,
                customer,
                "Nightly jobs case " + id,
                status,
                status,
                now,
                now);
        return id;
    }

    private static boolean clockStopped(long serviceCase) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT clock_paused_at FROM service_case WHERE id = ?")) {
            query.setLong(1, serviceCase);
            try (ResultSet found = query.executeQuery()) {
                found.next();
                return found.getTimestamp(1) != null;
            }
        }
    }

    private static void setAwaitingInvoice(long contract) throws SQLException {
        update("UPDATE contract SET awaiting_invoice = ? WHERE id = ?", true, contract);
    }

    private static void addUsedMinutes(long contract, int minutes) throws SQLException {
        update("UPDATE contract SET used_minutes = used_minutes + ? WHERE id = ?", minutes, contract);
    }

    private static String state(long contract) throws SQLException {
        return (String) value("SELECT state FROM contract WHERE id = ?", contract);
    }

    private static int usedMinutes(long contract) throws SQLException {
        return ((Number) value("SELECT used_minutes FROM contract WHERE id = ?", contract)).intValue();
    }

    private static LocalDate periodStart(long contract) throws SQLException {
        Object value = value("SELECT period_start FROM contract WHERE id = ?", contract);
        return value == null ? null : ((Date) value).toLocalDate();
    }

    private static long status(long serviceCase) throws SQLException {
        return ((Number) value("SELECT status_id FROM service_case WHERE id = ?", serviceCase)).longValue();
    }

    private static long customerStatus(long serviceCase) throws SQLException {
        return ((Number) value("SELECT customer_status_id FROM service_case WHERE id = ?", serviceCase)).longValue();
    }

    private static List<String> history(long serviceCase) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT old_value, new_value FROM case_change WHERE case_id = ? AND field = 'status' ORDER BY id")) {
            query.setLong(1, serviceCase);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1) + " -> " + rows.getString(2));
                }
            }
        }
        return lines;
    }

    private static List<Long> versions(List<Long> contracts) throws SQLException {
        List<Long> versions = new ArrayList<>();
        for (long contract : contracts) {
            versions.add(((Number) value("SELECT version FROM contract WHERE id = ?", contract)).longValue());
        }
        return versions;
    }

    private static long count(String sql, Object parameter) throws SQLException {
        return ((Number) value(sql, parameter)).longValue();
    }

    private static Object value(String sql, Object parameter) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, parameter);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "no row for " + sql + " with " + parameter);
                return rows.getObject(1);
            }
        }
    }

    private static void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            assertFalse(statement.executeUpdate() == 0, "nothing changed: " + sql);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            if (parameter instanceof LocalDate date) {
                statement.setDate(i + 1, Date.valueOf(date));
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
    }
}
