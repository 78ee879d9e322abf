package com.serviceportal.it;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.cases.Severity;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import com.serviceportal.settings.PortalTabService;
import com.serviceportal.settings.PortalTabs;
import com.serviceportal.statistics.ContractHours;
import com.serviceportal.statistics.EquipmentCases;
import com.serviceportal.statistics.MonthFigures;
import com.serviceportal.statistics.PeriodTooLongException;
import com.serviceportal.statistics.Statistics;
import com.serviceportal.statistics.StatisticsFile;
import com.serviceportal.statistics.StatisticsRequest;
import com.serviceportal.statistics.StatisticsService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every statistic against a small data set counted by hand: a company of its own with two sites,
 * five cases, four work orders and time on a contract in March and April 2025. Its contact and the
 * desk count the same figures; another company's contact and a login that sees no customer count
 * none of them.
 */
@ExtendWith(ArquillianExtension.class)
public class StatisticsIT {

    private static final YearMonth FEBRUARY = YearMonth.of(2025, 2);
    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private static final YearMonth APRIL = YearMonth.of(2025, 4);
    private static final YearMonth MAY = YearMonth.of(2025, 5);

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(StatisticsIT.class, DemoData.class);
    }

    @Inject
    private Caller caller;

    @Inject
    private StatisticsService statistics;

    @Inject
    private PortalTabService portalTabs;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    /** Ids of their own, far above what the sequences hand out, so nothing collides. */
    private final long base =
            7_000_000_000L + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000L) * 100;

    private final long company = base;
    private final long siteOne = base + 1;
    private final long siteTwo = base + 2;
    private final long contact = base + 3;
    private final long account = base + 4;
    private final long noScopeAccount = base + 5;
    private final long itemOne = base + 6;
    private final long itemTwo = base + 7;
    private final long contract = base + 8;
    private boolean tabWasOn;

    @BeforeEach
    public void insertTheDataSet() {
        signIn(ADMINISTRATOR);
        PortalTabs tabs = portalTabs.current();
        tabWasOn = tabs.isStatistics();
        if (!tabWasOn) {
            tabs.setStatistics(true);
            portalTabs.save(tabs);
        }

        sql(
                "INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (?, ?, ?, NULL, 0)",
                company,
                "ST-" + tag,
                "Statistics company " + tag);
        sql(
                "INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (?, ?, ?, ?, 0)",
                siteOne,
                "ST-" + tag + "-1",
                "Statistics site one " + tag,
                company);
        sql(
                "INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (?, ?, ?, ?, 0)",
                siteTwo,
                "ST-" + tag + "-2",
                "Statistics site two " + tag,
                company);
        sql(
                "INSERT INTO contact (id, customer_id, first_name, last_name, email, version) VALUES (?, ?, 'Stina', 'Stat', ?, 0)",
                contact,
                company,
                "stina." + tag + "@example.com");
        sql(
                "INSERT INTO user_account (id, username, password_hash, role, display_name, contact_id, enabled, version)"
                        + " VALUES (?, ?, 'x', 'CUSTOMER', 'Stina Stat', ?, 1, 0)",
                account,
                "stats" + tag,
                contact);
        sql(
                "INSERT INTO user_account (id, username, password_hash, role, display_name, contact_id, enabled, version)"
                        + " VALUES (?, ?, 'x', 'CUSTOMER', 'No Contact', NULL, 1, 0)",
                noScopeAccount,
                "nostats" + tag);
        sql(
                "INSERT INTO equipment (id, customer_id, id_number, description, version) VALUES (?, ?, ?, 'Press', 0)",
                itemOne,
                siteOne,
                "PR-" + tag);
        sql(
                "INSERT INTO equipment (id, customer_id, id_number, description, version) VALUES (?, ?, ?, 'Oven', 0)",
                itemTwo,
                siteTwo,
                "OV-" + tag);
        sql(
                "INSERT INTO contract (id, reference, customer_id, contract_type, state, monthly_minutes, rollover_day, version)"
                        + " VALUES (?, ?, ?, 'SUPPORT_HOURS_BY_MONTH', 'ACTIVE', 600, 1, 0)",
                contract,
                "SH-" + tag,
                company);

        // 1: critical, answered and resolved in time, closed in March after 6 h.
        kase(
                1,
                siteOne,
                "CRITICAL",
                itemOne,
                true,
                at(3, 5, 10, 0),
                at(3, 5, 11, 0),
                at(3, 5, 10, 30),
                at(3, 5, 18, 0),
                at(3, 5, 16, 0));
        // 2: high, answered late and resolved late, closed in April after 23 days.
        kase(
                2,
                siteOne,
                "HIGH",
                itemOne,
                true,
                at(3, 10, 9, 0),
                at(3, 10, 11, 0),
                at(3, 10, 12, 0),
                at(3, 11, 9, 0),
                at(4, 2, 9, 0));
        // 3: medium, still open and past both due times: both targets breached.
        kase(3, siteTwo, "MEDIUM", itemTwo, false, at(3, 20, 8, 0), at(3, 20, 12, 0), null, at(3, 25, 8, 0), null);
        // 4: low, without a service level, closed in April after 2 h.
        kase(4, siteTwo, "LOW", null, true, at(4, 15, 12, 0), null, null, null, at(4, 15, 14, 0));
        // 5: raised in January (outside the period), closed in March after 40.5 days.
        kase(
                5,
                siteOne,
                "MEDIUM",
                null,
                true,
                LocalDateTime.of(2025, 1, 20, 0, 0),
                null,
                null,
                LocalDateTime.of(2025, 1, 25, 0, 0),
                at(3, 1, 12, 0));

        order(1, siteOne, "COMPLETED", at(3, 12, 9, 0));
        line(1, 1, "2", "100.00");
        line(1, 2, "1", "50.50");
        // 2.5 × 0.25 = 0.625 counts as the 0.63 the order shows for the line
        line(1, 3, "2.5", "0.25");
        order(2, siteTwo, "PLANNED", at(3, 25, 9, 0));
        order(3, siteOne, "CANCELLED", at(4, 3, 9, 0));
        line(3, 1, "1", "999.00");
        order(4, siteTwo, "COMPLETED", at(4, 20, 9, 0));
        line(4, 1, "3", "10.00");

        note(1, 1, at(3, 5, 12, 0), 90, true);
        note(2, 1, at(3, 6, 12, 0), null, false);
        note(3, 2, at(3, 11, 12, 0), 30, true);
        note(4, 2, at(4, 1, 12, 0), 45, true);
        note(5, 2, at(4, 1, 13, 0), 500, false);
    }

    @AfterEach
    public void removeTheDataSet() {
        sql("DELETE FROM tracking_note WHERE case_id BETWEEN ? AND ?", base + 10, base + 19);
        sql("DELETE FROM order_line WHERE work_order_id BETWEEN ? AND ?", base + 20, base + 29);
        sql("DELETE FROM work_order WHERE id BETWEEN ? AND ?", base + 20, base + 29);
        sql("DELETE FROM service_case WHERE id BETWEEN ? AND ?", base + 10, base + 19);
        sql("DELETE FROM contract WHERE id = ?", contract);
        sql("DELETE FROM equipment WHERE id IN (?, ?)", itemOne, itemTwo);
        sql("DELETE FROM user_account WHERE id IN (?, ?)", account, noScopeAccount);
        sql("DELETE FROM contact WHERE id = ?", contact);
        sql("DELETE FROM customer WHERE id IN (?, ?)", siteOne, siteTwo);
        sql("DELETE FROM customer WHERE id = ?", company);
        if (!tabWasOn) {
            signIn(ADMINISTRATOR);
            PortalTabs tabs = portalTabs.current();
            tabs.setStatistics(false);
            portalTabs.save(tabs);
        }
    }

    @Test
    public void theContactCountsEveryFigureOfItsCompany() {
        caller.signIn(account);
        Statistics figures = statistics.figures(new StatisticsRequest(FEBRUARY, MAY, null, null));
        assertHandCounted(figures);
        assertEquals(
                List.of("Statistics company " + tag, "Statistics site one " + tag, "Statistics site two " + tag),
                statistics.siteChoices(null).stream().map(Choice::getLabel).toList(),
                "the company and its sites to narrow to");
    }

    @Test
    public void theDeskCountsTheSameForTheCustomerAndAllOfItInTheOverview() {
        signIn(TECHNICIAN);
        assertHandCounted(statistics.figures(new StatisticsRequest(FEBRUARY, MAY, company, null)));
        assertEquals(3, statistics.siteChoices(company).size());
        assertTrue(statistics.companyChoices().stream().anyMatch(c -> c.getId() == company));

        MonthFigures march = month(statistics.figures(new StatisticsRequest(FEBRUARY, MAY, null, null)), MARCH);
        assertTrue(march.raisedTotal() >= 3, "the overview counts every customer's cases");
        assertTrue(march.ordersReported() >= 2);
    }

    @Test
    public void oneSiteCountsOnlyItsOwnRecords() {
        caller.signIn(account);
        Statistics two = statistics.figures(new StatisticsRequest(FEBRUARY, MAY, null, siteTwo));
        MonthFigures march = month(two, MARCH);
        assertEquals(Map.of(Severity.MEDIUM, 1L), march.raised());
        assertEquals(Map.of(), march.closed());
        assertEquals(0, march.responseMet());
        assertEquals(1, march.responseBreached());
        assertEquals(1, march.ordersReported());
        assertEquals(0, BigDecimal.ZERO.compareTo(march.orderValue()), "an order without lines is worth nothing");
        MonthFigures april = month(two, APRIL);
        assertEquals(Map.of(Severity.LOW, 1L), april.closed());
        assertEquals(120L, april.averageMinutesToResolve());
        assertEquals(0, new BigDecimal("30.00").compareTo(april.orderValue()));
        assertEquals(List.of(new EquipmentCases("OV-" + tag, "Oven", 1)), two.topEquipment());
        assertEquals(List.of(), two.hours(), "the time was recorded on site one's cases");
    }

    @Test
    public void anotherCompanysContactAndALoginWithoutCustomersCountNone() {
        signIn(OTHER_COMPANY_CONTACT);
        assertCountsNothing(statistics.figures(new StatisticsRequest(FEBRUARY, MAY, null, null)));
        assertCountsNothing(statistics.figures(new StatisticsRequest(FEBRUARY, MAY, company, null)));
        assertThrows(
                NotFoundException.class,
                () -> statistics.figures(new StatisticsRequest(FEBRUARY, MAY, null, siteOne)),
                "another company's site is not found");
        assertTrue(statistics.siteChoices(company).stream().noneMatch(c -> c.getId() == company));
        assertThrows(NotFoundException.class, () -> statistics.companyChoices(), "the customer picker is the desk's");

        caller.signIn(noScopeAccount);
        assertCountsNothing(statistics.figures(new StatisticsRequest(FEBRUARY, MAY, null, null)));
        assertEquals(List.of(), statistics.siteChoices(null));
    }

    @Test
    public void withTheTabOffCustomersReadNoFiguresAndTheDeskStillDoes() {
        signIn(ADMINISTRATOR);
        PortalTabs tabs = portalTabs.current();
        tabs.setStatistics(false);
        portalTabs.save(tabs);
        try {
            caller.signIn(account);
            assertThrows(
                    NotFoundException.class,
                    () -> statistics.figures(new StatisticsRequest(FEBRUARY, MAY, null, null)));
            signIn(TECHNICIAN);
            assertEquals(
                    3,
                    month(statistics.figures(new StatisticsRequest(MARCH, MARCH, company, null)), MARCH)
                            .raisedTotal());
        } finally {
            signIn(ADMINISTRATOR);
            PortalTabs on = portalTabs.current();
            on.setStatistics(true);
            portalTabs.save(on);
        }
    }

    @Test
    public void aPeriodBackwardsOrOverFiveYearsIsRefused() {
        caller.signIn(account);
        assertThrows(
                PeriodTooLongException.class,
                () -> statistics.figures(new StatisticsRequest(MAY, FEBRUARY, null, null)));
        assertThrows(
                PeriodTooLongException.class,
                () -> statistics.figures(new StatisticsRequest(MARCH, MARCH.plusMonths(60), null, null)));
    }

    @Test
    public void theWorkbookHoldsTheSameFigures() throws IOException {
        caller.signIn(account);
        StatisticsFile file = statistics.workbook(
                new StatisticsRequest(FEBRUARY, MAY, null, null), Map.of("statistics.sheet.months", "Months"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet months = workbook.getSheet("Months");
            assertEquals(4, months.getLastRowNum(), "a heading and four months");
            assertEquals("2025-03", months.getRow(2).getCell(0).getStringCellValue());
            assertEquals(1.0, months.getRow(2).getCell(1).getNumericCellValue(), "one critical case raised");
            assertEquals(3, workbook.getNumberOfSheets());
            assertEquals(
                    "SH-" + tag, workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue());
            assertEquals(2.0, workbook.getSheetAt(1).getRow(1).getCell(2).getNumericCellValue(), "120 minutes");
        }
    }

    /** The hand count of the data set, for the whole company over February to May 2025. */
    private void assertHandCounted(Statistics figures) {
        assertEquals(
                List.of(FEBRUARY, MARCH, APRIL, MAY),
                figures.months().stream().map(MonthFigures::month).toList(),
                "every month, also the empty ones");
        MonthFigures february = month(figures, FEBRUARY);
        assertEquals(0, february.raisedTotal());
        assertEquals(0, february.ordersReported());
        assertNull(february.averageMinutesToResolve());

        MonthFigures march = month(figures, MARCH);
        assertEquals(Map.of(Severity.CRITICAL, 1L, Severity.HIGH, 1L, Severity.MEDIUM, 1L), march.raised());
        assertEquals(Map.of(Severity.CRITICAL, 1L, Severity.MEDIUM, 1L), march.closed(), "case 5 raised in January");
        assertEquals(1, march.responseMet());
        assertEquals(2, march.responseBreached(), "late, and not answered past its due time");
        assertEquals(1, march.resolutionMet());
        assertEquals(2, march.resolutionBreached(), "resolved late, and open past its due time");
        assertEquals(33, march.responseMetPercent());
        assertEquals(33, march.resolutionMetPercent());
        assertEquals((360L + 58_320L) / 2, march.averageMinutesToResolve());
        assertEquals(new BigDecimal("489.0"), march.averageHoursToResolve());
        assertEquals(2, march.ordersReported());
        assertEquals(0, new BigDecimal("251.13").compareTo(march.orderValue()), "200 + 50.50 + 0.63");

        MonthFigures april = month(figures, APRIL);
        assertEquals(Map.of(Severity.LOW, 1L), april.raised());
        assertEquals(Map.of(Severity.HIGH, 1L, Severity.LOW, 1L), april.closed());
        assertEquals(0, april.responseMet() + april.responseBreached(), "case 4 has no service level");
        assertNull(april.responseMetPercent());
        assertEquals((33_120L + 120L) / 2, april.averageMinutesToResolve());
        assertEquals(1, april.ordersReported(), "the cancelled order does not count");
        assertEquals(0, new BigDecimal("30.00").compareTo(april.orderValue()));

        assertEquals(
                List.of(
                        new ContractHours("SH-" + tag, MARCH, 120, 600),
                        new ContractHours("SH-" + tag, APRIL, 45, 600)),
                figures.hours(),
                "time without a contract or without minutes does not count");
        assertEquals(
                List.of(new EquipmentCases("PR-" + tag, "Press", 2), new EquipmentCases("OV-" + tag, "Oven", 1)),
                figures.topEquipment());
    }

    private static void assertCountsNothing(Statistics figures) {
        for (MonthFigures month : figures.months()) {
            assertEquals(0, month.raisedTotal(), month.month().toString());
            assertEquals(0, month.closedTotal());
            assertEquals(
                    0,
                    month.responseMet()
                            + month.responseBreached()
                            + month.resolutionMet()
                            + month.resolutionBreached());
            assertEquals(0, month.ordersReported());
        }
        assertEquals(List.of(), figures.hours());
        assertEquals(List.of(), figures.topEquipment());
    }

    private static MonthFigures month(Statistics figures, YearMonth month) {
        return figures.months().stream()
                .filter(m -> m.month().equals(month))
                .findFirst()
                .orElseThrow();
    }

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2025, month, day, hour, minute);
    }

    private void kase(
            int n,
            long site,
            String severity,
            Long item,
            boolean closed,
            LocalDateTime created,
            LocalDateTime responseDue,
            LocalDateTime responded,
            LocalDateTime resolutionDue,
            LocalDateTime resolved) {
        sql(
                "INSERT INTO service_case (id, case_number, customer_id, raised_by_contact_id, severity, severity_rank, summary,"
                        + " status_id, source, equipment_id, complete, created_at, updated_at, response_due_at, responded_at,"
                        + " resolution_due_at, resolved_at, version)"
                        + " VALUES (?, NEXT VALUE FOR case_number_seq, ?, ?, ?, ?, ?, ?, 'PORTAL', ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                base + 10 + n,
                site,
                contact,
                severity,
                Severity.valueOf(severity).rank(),
                "Statistics case " + n + " " + tag,
                DemoData.id("tracking_status", closed ? "Closed" : "In progress"),
                item,
                closed,
                time(created),
                time(created),
                time(responseDue),
                time(responded),
                time(resolutionDue),
                time(resolved));
    }

    private void order(int n, long site, String status, LocalDateTime created) {
        sql(
                "INSERT INTO work_order (id, order_number, order_type, customer_id, status, description, created_at, version)"
                        + " VALUES (?, NEXT VALUE FOR work_order_number_seq, 'SERVICE', ?, ?, ?, ?, 0)",
                base + 20 + n,
                site,
                status,
                "Statistics order " + n,
                time(created));
    }

    private void line(int order, int number, String quantity, String price) {
        sql(
                "INSERT INTO order_line (id, work_order_id, line_number, article, quantity, price, version)"
                        + " VALUES (?, ?, ?, 'ART', ?, ?, 0)",
                base + 30 + order * 5 + number,
                base + 20 + order,
                number,
                new BigDecimal(quantity),
                new BigDecimal(price));
    }

    private void note(int n, int kase, LocalDateTime at, Integer minutes, boolean onContract) {
        sql(
                "INSERT INTO tracking_note (id, case_id, status_id, author_id, author_name, by_customer, note_text, created_at,"
                        + " time_spent_minutes, contract_id, version) VALUES (?, ?, ?, ?, 'Tom Technician', 0, 'Worked', ?, ?, ?, 0)",
                base + 60 + n,
                base + 10 + kase,
                DemoData.id("tracking_status", "In progress"),
                DemoData.accountId(TECHNICIAN),
                time(at),
                minutes,
                onContract ? contract : null);
    }

    private static Timestamp time(LocalDateTime at) {
        return at == null ? null : Timestamp.valueOf(at);
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    private static void sql(String statement, Object... parameters) {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
