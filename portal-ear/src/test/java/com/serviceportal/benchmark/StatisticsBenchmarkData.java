package com.serviceportal.benchmark;

import com.serviceportal.cases.Severity;
import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Test-only helper of {@link StatisticsBenchmark}, deployed only with it: fills the database with
 * what the statistics count, for 100 companies with three sites each (400 customers) and a company
 * contact each: cases spread over the last three years with service-level targets (about one in four
 * answered or resolved late), nine in ten resolved, most on one of the customer's ten items of
 * equipment, one in three with time recorded against the company's contract; and work orders with
 * two lines each, one order per five cases ({@code ?cases=1000000} gives 200,000 orders). The first
 * 10,000 cases belong to the ten companies whose contacts the benchmark signs in as, 1,000 each; every
 * case after them to the other ninety. So the companies measured have the same records at any size,
 * and only the database around them grows. Turns the portal's Statistics tab on.
 */
@WebServlet("/benchmark/statistics")
public class StatisticsBenchmarkData extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final BenchmarkCustomers CUSTOMERS = new BenchmarkCustomers(7_000_000L, 100, 3, "stats", "SC");
    static final int CASES_PER_ORDER = 5;
    /** The companies whose contacts are measured, and how many cases they hold between them. */
    static final int MEASURED_COMPANIES = 10;

    static final long MEASURED_CASES = 10_000;

    private static final int EQUIPMENT_PER_CUSTOMER = 10;
    private static final long FIRST_EQUIPMENT_ID = 7_100_000L;
    private static final long FIRST_CONTRACT_ID = 7_200_000L;
    private static final long FIRST_CASE_ID = 30_000_000L;
    private static final long FIRST_NOTE_ID = 40_000_000L;
    private static final long FIRST_ORDER_ID = 50_000_000L;
    private static final long FIRST_LINE_ID = 60_000_000L;
    private static final long STAFF = 4;
    private static final long IN_PROGRESS = 2;
    private static final long INTERNAL_REVIEW = 4;
    private static final Duration SPAN = Duration.ofDays(3 * 365);
    private static final int BATCH = 2_000;
    private static final int COMMIT_EVERY = 20_000;
    private static final int PROGRESS_EVERY = 100_000;
    private static final int BULK_LOAD = 100_000;
    private static final Severity[] SEVERITIES = {
        Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.MEDIUM, Severity.LOW, Severity.LOW
    };
    private static final String[] STATUSES = {"PLANNED", "SCHEDULED", "COMPLETED", "COMPLETED", "CANCELLED"};
    private static final Logger LOG = Logger.getLogger(StatisticsBenchmarkData.class.getName());

    @Resource(lookup = "jdbc/portal")
    private DataSource database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long total = Long.parseLong(request.getParameter("cases"));
        long started = System.nanoTime();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            CUSTOMERS.ensure(connection);
            ensureEquipmentAndContracts(connection);
            long existing = count(connection, "service_case", FIRST_CASE_ID);
            List<String> rebuild = new ArrayList<>();
            if (total - existing > BULK_LOAD) {
                for (String table : List.of("service_case", "tracking_note", "work_order", "order_line")) {
                    rebuild.addAll(CaseListBenchmarkData.dropIndexesAndForeignKeys(connection, table));
                }
            }
            addCasesAndOrders(connection, existing, total, Instant.now());
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(
                        "UPDATE portal_setting SET setting_value = 'true' WHERE name = 'tab-statistics'");
            }
            connection.commit();
            CaseListBenchmarkData.restore(connection, rebuild);
        } catch (SQLException e) {
            throw new IOException(e);
        }
        CaseListBenchmarkData.answer(response, total, started);
    }

    private static void ensureEquipmentAndContracts(Connection connection) throws SQLException {
        if (count(connection, "equipment", FIRST_EQUIPMENT_ID) > 0) {
            return;
        }
        try (PreparedStatement equipment = connection.prepareStatement("INSERT INTO equipment (id, customer_id,"
                        + " id_number, description, version) VALUES (?, ?, ?, ?, 0)");
                PreparedStatement contract = connection.prepareStatement("INSERT INTO contract (id, reference,"
                        + " customer_id, contract_type, state, start_date, monthly_minutes, rollover_day, version)"
                        + " VALUES (?, ?, ?, 'SUPPORT_HOURS_BY_MONTH', 'ACTIVE', DATE '2020-01-01', 1200, 1, 0)")) {
            for (int company = 0; company < CUSTOMERS.companies(); company++) {
                for (int site = 0; site < CUSTOMERS.customersPerCompany(); site++) {
                    for (int item = 0; item < EQUIPMENT_PER_CUSTOMER; item++) {
                        long id = equipmentId(company, site, item);
                        equipment.setLong(1, id);
                        equipment.setLong(2, CUSTOMERS.customerId(company, site));
                        equipment.setString(3, "SB-" + id);
                        equipment.setString(4, "Freezer " + (item + 1));
                        equipment.addBatch();
                    }
                }
                contract.setLong(1, FIRST_CONTRACT_ID + company);
                contract.setString(2, "SB-" + company);
                contract.setLong(3, CUSTOMERS.customerId(company, 0));
                contract.addBatch();
            }
            equipment.executeBatch();
            contract.executeBatch();
        }
        connection.commit();
    }

    private static long equipmentId(int company, int site, int item) {
        return FIRST_EQUIPMENT_ID
                + ((long) company * CUSTOMERS.customersPerCompany() + site) * EQUIPMENT_PER_CUSTOMER
                + item;
    }

    /** Cases {@code existing} up to {@code total}, with their notes and every fifth case's order. */
    private static void addCasesAndOrders(Connection connection, long existing, long total, Instant end)
            throws SQLException {
        Instant start = end.minus(SPAN);
        try (PreparedStatement cases = connection.prepareStatement("INSERT INTO service_case (id, case_number,"
                        + " customer_id, severity, severity_rank, summary, status_id, customer_status_id, source,"
                        + " created_at, updated_at, complete, equipment_id, contract_id, response_due_at, responded_at,"
                        + " resolution_due_at, resolved_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, 'Freezer alarm', ?, ?, 'PORTAL', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                PreparedStatement notes = connection.prepareStatement(
                        "INSERT INTO tracking_note (id, case_id,"
                                + " status_id, author_id, author_name, by_customer, note_text, created_at, time_spent_minutes,"
                                + " contract_id, version) VALUES (?, ?, ?, ?, 'Bench technician', ?, 'Worked on it', ?, ?, ?, 0)");
                PreparedStatement orders = connection.prepareStatement("INSERT INTO work_order (id, order_number,"
                        + " order_type, customer_id, status, description, created_at, version)"
                        + " VALUES (?, ?, 'SERVICE', ?, ?, 'Service visit', ?, 0)");
                PreparedStatement lines = connection.prepareStatement("INSERT INTO order_line (id, work_order_id,"
                        + " line_number, article, quantity, price, version) VALUES (?, ?, ?, ?, ?, ?, 0)")) {
            for (long n = existing; n < total; n++) {
                SplittableRandom random = new SplittableRandom(n);
                int company = n < MEASURED_CASES
                        ? (int) (n % MEASURED_COMPANIES)
                        : MEASURED_COMPANIES + random.nextInt(CUSTOMERS.companies() - MEASURED_COMPANIES);
                int site = random.nextInt(CUSTOMERS.customersPerCompany());
                long customer = CUSTOMERS.customerId(company, site);
                Instant created = start.plus(Duration.ofMinutes(random.nextLong(SPAN.toMinutes())));
                Severity severity = SEVERITIES[random.nextInt(SEVERITIES.length)];
                boolean complete = random.nextInt(10) != 0;
                long status = complete ? 6 + random.nextInt(3) : 1 + random.nextInt(5);
                Instant responseDue = created.plus(Duration.ofHours(4));
                Instant responded = created.plus(Duration.ofMinutes(random.nextInt(5 * 60)));
                Instant resolutionDue = created.plus(Duration.ofDays(3));
                Instant resolved = complete ? created.plus(Duration.ofMinutes(random.nextInt(4 * 24 * 60))) : null;
                boolean timed = random.nextInt(3) == 0;
                int p = 0;
                cases.setLong(++p, FIRST_CASE_ID + n);
                cases.setLong(++p, FIRST_CASE_ID + n);
                cases.setLong(++p, customer);
                cases.setString(++p, severity.name());
                cases.setInt(++p, severity.rank());
                cases.setLong(++p, status);
                cases.setLong(++p, status == INTERNAL_REVIEW ? IN_PROGRESS : status);
                cases.setTimestamp(++p, Timestamp.from(created));
                cases.setTimestamp(++p, Timestamp.from(resolved == null ? responded : resolved));
                cases.setBoolean(++p, complete);
                cases.setObject(
                        ++p,
                        random.nextInt(5) == 0
                                ? null
                                : equipmentId(company, site, random.nextInt(EQUIPMENT_PER_CUSTOMER)));
                cases.setObject(++p, timed ? FIRST_CONTRACT_ID + company : null);
                cases.setTimestamp(++p, Timestamp.from(responseDue));
                cases.setTimestamp(++p, Timestamp.from(responded));
                cases.setTimestamp(++p, Timestamp.from(resolutionDue));
                cases.setTimestamp(++p, resolved == null ? null : Timestamp.from(resolved));
                cases.addBatch();
                if (timed) {
                    notes.setLong(1, FIRST_NOTE_ID + n);
                    notes.setLong(2, FIRST_CASE_ID + n);
                    notes.setLong(3, status);
                    notes.setLong(4, STAFF);
                    notes.setBoolean(5, false);
                    notes.setTimestamp(6, Timestamp.from(responded));
                    notes.setInt(7, 15 + random.nextInt(120));
                    notes.setLong(8, FIRST_CONTRACT_ID + company);
                    notes.addBatch();
                }
                if (n % CASES_PER_ORDER == 0) {
                    long order = FIRST_ORDER_ID + n / CASES_PER_ORDER;
                    orders.setLong(1, order);
                    orders.setLong(2, order);
                    orders.setLong(3, customer);
                    orders.setString(4, STATUSES[random.nextInt(STATUSES.length)]);
                    orders.setTimestamp(5, Timestamp.from(created));
                    orders.addBatch();
                    for (int line = 1; line <= 2; line++) {
                        lines.setLong(1, FIRST_LINE_ID + (n / CASES_PER_ORDER) * 2 + line - 1);
                        lines.setLong(2, order);
                        lines.setInt(3, line);
                        lines.setString(4, line == 1 ? "LABOUR" : "PART-" + random.nextInt(500));
                        lines.setBigDecimal(5, BigDecimal.valueOf(1 + random.nextInt(4)));
                        lines.setBigDecimal(6, BigDecimal.valueOf(50 + random.nextInt(2000), 0));
                        lines.addBatch();
                    }
                }
                if ((n + 1) % BATCH == 0) {
                    executeBatches(cases, notes, orders, lines);
                }
                if ((n + 1) % COMMIT_EVERY == 0) {
                    connection.commit();
                }
                if ((n + 1) % PROGRESS_EVERY == 0) {
                    LOG.info("Statistics benchmark cases: " + (n + 1));
                }
            }
            executeBatches(cases, notes, orders, lines);
        }
        connection.commit();
    }

    /** Cases first, then what refers to them, and orders before their lines. */
    private static void executeBatches(PreparedStatement... batches) throws SQLException {
        for (PreparedStatement batch : batches) {
            batch.executeBatch();
        }
    }

    private static long count(Connection connection, String table, long firstId) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet found = query.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE id >= " + firstId)) {
            found.next();
            return found.getLong(1);
        }
    }
}
