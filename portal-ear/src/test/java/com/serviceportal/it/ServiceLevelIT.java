package com.serviceportal.it;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.cases.CaseDetails;
import com.serviceportal.cases.CaseEdit;
import com.serviceportal.cases.CaseFilter;
import com.serviceportal.cases.CaseRow;
import com.serviceportal.cases.CaseSearch;
import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.CaseSort;
import com.serviceportal.cases.CaseWork;
import com.serviceportal.cases.ChangeDetails;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.Severity;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.Choice;
import com.serviceportal.security.Caller;
import com.serviceportal.sla.CalendarEntry;
import com.serviceportal.sla.CaseTargets;
import com.serviceportal.sla.DayEntry;
import com.serviceportal.sla.ServiceLevelAdminService;
import com.serviceportal.sla.ServiceLevelEntry;
import com.serviceportal.sla.TargetEntry;
import com.serviceportal.sla.TargetState;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Service-level due times as the desk and the customer meet them. The contract cases use the demo
 * contract EQ-FR2-2026 on Freezer 2, whose level "Gold 24/7" counts around the clock (Critical:
 * respond within 30 minutes, resolve within 4 hours; High: 1 and 8 hours), so the expected due
 * times do not depend on the hour the test runs. Time is moved by dating rows back in the database.
 */
@ExtendWith(ArquillianExtension.class)
public class ServiceLevelIT {

    private static final long GOLD_CONTRACT = 2;
    private static final long FREEZER = 2;
    private static final long COMPANY_CONTRACT = 1;
    private static final long BALTIC_CONTRACT = 4;

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(ServiceLevelIT.class, DemoData.class);
    }

    @Inject
    private CaseService cases;

    @Inject
    private CaseSearch search;

    @Inject
    private ServiceLevelAdminService serviceLevels;

    @Inject
    private Caller caller;

    private Long defaultBefore;

    @BeforeEach
    public void rememberDefault() {
        signIn(ADMINISTRATOR);
        defaultBefore = serviceLevels.defaultLevelId().orElse(null);
        serviceLevels.chooseDefault(null);
    }

    @AfterEach
    public void restoreDefault() {
        signIn(ADMINISTRATOR);
        serviceLevels.chooseDefault(defaultBefore);
    }

    @Test
    public void contractLevelSetsDueTimesOnRaiseAndASeverityChangeRecomputesThem() {
        long number = raiseUnderGold(Severity.CRITICAL, unique("Freezer alarm"));

        signIn(SITE_CONTACT);
        CaseDetails raised = cases.getByNumber(number);
        CaseTargets targets = raised.getTargets();
        assertEquals("Gold 24/7", targets.getLevel());
        assertEquals(30, targets.getResponseMinutes());
        assertEquals(240, targets.getResolutionMinutes());
        assertEquals(raised.getCreatedAt().plus(Duration.ofMinutes(30)), targets.getResponseDueAt());
        assertEquals(raised.getCreatedAt().plus(Duration.ofHours(4)), targets.getResolutionDueAt());
        assertEquals(TargetState.OPEN, targets.getResponse());

        CaseEdit edit = CaseEdit.of(raised);
        edit.setSeverity(Severity.HIGH);
        CaseTargets high = cases.update(edit).getTargets();
        assertEquals(raised.getCreatedAt().plus(Duration.ofHours(1)), high.getResponseDueAt(), "counted from creation");
        assertEquals(raised.getCreatedAt().plus(Duration.ofHours(8)), high.getResolutionDueAt());
    }

    @Test
    public void deskMovingACaseUnderAnotherContractCountsItsTargetsOnThatContractsLevel() {
        long number = raiseUnderGold(Severity.CRITICAL, unique("Freezer door"));

        signIn(TECHNICIAN);
        List<Long> offered = cases.deskChoices(number).getContracts().stream()
                .map(Choice::getId)
                .toList();
        assertTrue(
                offered.containsAll(List.of(GOLD_CONTRACT, COMPANY_CONTRACT)) && !offered.contains(BALTIC_CONTRACT),
                "the item's contract and the company's cover the case, another customer's does not: " + offered);
        CaseWork work = CaseWork.of(cases.getByNumber(number));
        work.setContractId(COMPANY_CONTRACT);
        CaseDetails moved = cases.work(work);
        assertEquals("SC-NF-2026", moved.getContract());
        assertEquals("Standard", moved.getTargets().getLevel());
        assertEquals(60, moved.getTargets().getResponseMinutes());
        assertEquals(480, moved.getTargets().getResolutionMinutes());
        assertTrue(
                !moved.getTargets()
                        .getResponseDueAt()
                        .isBefore(moved.getCreatedAt().plus(Duration.ofMinutes(60))),
                "counted on office hours from the creation");
        ChangeDetails change = moved.getHistory().stream()
                .filter(c -> c.getField().equals("contract"))
                .findFirst()
                .orElseThrow();
        assertEquals("EQ-FR2-2026", change.getOldValue());
        assertEquals("SC-NF-2026", change.getNewValue());

        CaseWork foreign = CaseWork.of(moved);
        foreign.setContractId(BALTIC_CONTRACT);
        BusinessException refused = assertThrows(BusinessException.class, () -> cases.work(foreign));
        assertEquals("case.error.contractNotCovering", refused.getMessageKey());

        CaseWork none = CaseWork.of(cases.getByNumber(number));
        none.setContractId(null);
        CaseDetails withoutContract = cases.work(none);
        assertNull(withoutContract.getContract());
        assertNull(withoutContract.getTargets().getLevel(), "no contract and no default level: no targets");
    }

    @Test
    public void caseWithoutContractUsesTheDefaultLevelAndNoneWithoutADefault() {
        long without = raise(null, Severity.MEDIUM, unique("No default yet"));
        signIn(SITE_CONTACT);
        CaseTargets none = cases.getByNumber(without).getTargets();
        assertNull(none.getLevel());
        assertNull(none.getResponseDueAt());

        signIn(ADMINISTRATOR);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        CalendarEntry calendar = new CalendarEntry();
        calendar.setName("Always open " + tag);
        calendar.setTimeZone("UTC");
        for (DayEntry day : calendar.getDays()) {
            day.setWorked(true);
            day.setOpens("00:00");
            day.setCloses("24:00");
        }
        long calendarId = serviceLevels.saveCalendar(calendar);
        ServiceLevelEntry level = new ServiceLevelEntry();
        level.setName("Basic " + tag);
        level.setCalendarId(calendarId);
        TargetEntry medium = level.getTargets().stream()
                .filter(t -> t.getSeverity() == Severity.MEDIUM)
                .findFirst()
                .orElseThrow();
        medium.setResponseHours(2);
        medium.setResolutionHours(10);
        medium.setResolutionMinutes(30);
        serviceLevels.chooseDefault(serviceLevels.saveServiceLevel(level));

        long number = raise(null, Severity.MEDIUM, unique("Default level applies"));
        signIn(SITE_CONTACT);
        CaseDetails details = cases.getByNumber(number);
        assertEquals("Basic " + tag, details.getTargets().getLevel());
        assertEquals(
                details.getCreatedAt().plus(Duration.ofHours(2)),
                details.getTargets().getResponseDueAt());
        assertEquals(
                details.getCreatedAt().plus(Duration.ofMinutes(630)),
                details.getTargets().getResolutionDueAt());
        // The level has no target for Low: such a case shows the level and no due times.
        CaseEdit edit = CaseEdit.of(details);
        edit.setSeverity(Severity.LOW);
        CaseTargets low = cases.update(edit).getTargets();
        assertEquals("Basic " + tag, low.getLevel());
        assertEquals(false, low.isTargeted());
    }

    @Test
    public void pauseThenResumeMovesTheOpenDueTimeByThePausedTime() {
        long number = raiseUnderGold(Severity.CRITICAL, unique("Freezer door seal"));
        signIn(TECHNICIAN);
        CaseDetails raised = cases.getByNumber(number);
        Instant created = raised.getCreatedAt();

        CaseDetails waiting = work(raised, "Waiting for customer");
        assertEquals(TargetState.MET, waiting.getTargets().getResponse(), "the desk's change of status answers");
        assertEquals(TargetState.PAUSED, waiting.getTargets().getResolution());

        // The case waited 45 minutes for the customer.
        update(
                "UPDATE service_case SET clock_paused_at = ? WHERE case_number = ?",
                Instant.now().minus(Duration.ofMinutes(45)),
                number);
        CaseDetails resumed = work(cases.getByNumber(number), "In progress");
        Duration moved = Duration.between(
                created.plus(Duration.ofHours(4)), resumed.getTargets().getResolutionDueAt());
        assertTrue(
                moved.compareTo(Duration.ofMinutes(45)) >= 0 && moved.compareTo(Duration.ofMinutes(46)) < 0,
                "resolution due moved by the paused time: " + moved);
        assertEquals(created.plus(Duration.ofMinutes(30)), resumed.getTargets().getResponseDueAt(), "met: unchanged");
        assertEquals(TargetState.OPEN, resumed.getTargets().getResolution());

        // A severity change counts again from the creation and keeps the paused time.
        CaseWork high = CaseWork.of(resumed);
        high.setSeverity(Severity.HIGH);
        CaseDetails reclassified = cases.work(high);
        Duration kept = Duration.between(
                created.plus(Duration.ofHours(8)), reclassified.getTargets().getResolutionDueAt());
        assertEquals(moved, kept);

        CaseDetails resolved = work(reclassified, "Resolved");
        assertEquals(TargetState.MET, resolved.getTargets().getResolution());
        assertTrue(
                queue(String.valueOf(number), false, new CaseSort(CaseSort.Column.DUE, true)).stream()
                        .noneMatch(r -> r.getNumber() == number),
                "a resolved case leaves the open queue");
    }

    @Test
    public void queueSortsByDueTimeAndFlagsBreachedAndAtRiskCases() {
        String tag = unique("Queue due");
        long atRisk = raiseUnderGold(Severity.HIGH, tag + " at risk");
        long breached = raiseUnderGold(Severity.HIGH, tag + " breached");
        long fresh = raiseUnderGold(Severity.CRITICAL, tag + " fresh");
        long noTarget = raise(null, Severity.CRITICAL, tag + " no target");
        // Raised 25 minutes ago a Critical case has 5 of its 30 minutes left; 2 hours ago, none.
        backdate(atRisk, Duration.ofMinutes(25));
        backdate(breached, Duration.ofHours(2));
        signIn(SITE_CONTACT);
        for (long number : new long[] {atRisk, breached}) {
            CaseEdit edit = CaseEdit.of(cases.getByNumber(number));
            edit.setSeverity(Severity.CRITICAL);
            cases.update(edit);
        }

        signIn(TECHNICIAN);
        List<CaseRow> soonestFirst = queue(tag, false, new CaseSort(CaseSort.Column.DUE, true));
        assertEquals(
                List.of(breached, atRisk, fresh, noTarget),
                soonestFirst.stream().map(CaseRow::getNumber).toList());
        assertEquals(
                java.util.Arrays.asList(TargetState.MISSED, TargetState.AT_RISK, TargetState.OPEN, null),
                soonestFirst.stream().map(CaseRow::getDue).toList());
        assertNotNull(soonestFirst.get(0).getDueAt());

        List<CaseRow> latestFirst = queue(tag, false, new CaseSort(CaseSort.Column.DUE, false));
        assertEquals(
                List.of(fresh, atRisk, breached, noTarget),
                latestFirst.stream().map(CaseRow::getNumber).toList(),
                "cases without a due time stay last");

        assertEquals(
                List.of(breached, atRisk),
                queue(tag, true, new CaseSort(CaseSort.Column.DUE, true)).stream()
                        .map(CaseRow::getNumber)
                        .toList(),
                "the filter keeps only breached and at-risk cases");
    }

    private List<CaseRow> queue(String text, boolean dueSoon, CaseSort sort) {
        signIn(TECHNICIAN);
        CaseFilter filter = new CaseFilter();
        filter.setText(text);
        filter.setDueSoon(dueSoon);
        return search.search(filter, sort, 0, 50).getRows();
    }

    private CaseDetails work(CaseDetails details, String status) {
        CaseWork work = CaseWork.of(details);
        work.setStatusId(DemoData.id("tracking_status", status));
        return cases.work(work);
    }

    private long raiseUnderGold(Severity severity, String summary) {
        return raise(GOLD_CONTRACT, severity, summary);
    }

    private long raise(Long contractId, Severity severity, String summary) {
        signIn(SITE_CONTACT);
        NewCase request = new NewCase();
        request.setSummary(summary);
        request.setSeverity(severity);
        if (contractId != null) {
            request.setEquipmentId(FREEZER);
            request.setContractId(contractId);
        }
        return cases.raise(request).getNumber();
    }

    private void backdate(long number, Duration by) {
        signIn(SITE_CONTACT);
        Instant created = cases.getByNumber(number).getCreatedAt();
        update("UPDATE service_case SET created_at = ? WHERE case_number = ?", created.minus(by), number);
    }

    private static void update(String sql, Instant at, long number) {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setLong(2, number);
            assertEquals(1, statement.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
