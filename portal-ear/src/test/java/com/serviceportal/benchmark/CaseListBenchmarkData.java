package com.serviceportal.benchmark;

import com.serviceportal.cases.Severity;
import com.serviceportal.platform.SearchWords;
import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Test-only helper of {@link CaseListBenchmark}, deployed only with it: fills the database with
 * benchmark customers (100 companies with two sites each: 300 customers), one signed-in contact
 * per company, and cases in JDBC batches up to the total asked for ({@code ?total=1000000}).
 * Cases are spread evenly over the customers and over five years; nine in ten are complete.
 */
@WebServlet("/benchmark/cases")
public class CaseListBenchmarkData extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final int COMPANIES = 100;
    static final int SITES_PER_COMPANY = 2;
    static final String USERNAME_PREFIX = "bench";

    /** Customers, contacts and logins share their ids' start: 5,000,000. */
    static final BenchmarkCustomers CUSTOMERS =
            new BenchmarkCustomers(5_000_000L, COMPANIES, SITES_PER_COMPANY, USERNAME_PREFIX, "BC");

    private static final long FIRST_CASE_ID = 10_000_000L;
    private static final long IN_PROGRESS = 2;
    private static final long INTERNAL_REVIEW = 4;
    private static final Logger LOG = Logger.getLogger(CaseListBenchmarkData.class.getName());
    private static final int PROGRESS_EVERY = 50_000;
    private static final int BATCH = 2_000;
    /** Above this many new cases, indexes and foreign keys are rebuilt after the load. */
    private static final int BULK_LOAD = 100_000;

    private static final int COMMIT_EVERY = 20_000;
    private static final Instant START = Instant.parse("2021-01-01T00:00:00Z");
    private static final Duration SPAN = Duration.ofDays(5 * 365);
    private static final String[] THINGS = {
        "Freezer", "Conveyor", "Compressor", "Label printer", "Scale", "Mixer", "Oven", "Chiller", "Door", "Pump"
    };
    private static final String[] FAULTS = {
        "stops after start",
        "alarm sounds",
        "makes a noise",
        "leaks oil",
        "shows error E42",
        "does not start",
        "runs too warm",
        "is slow",
        "needs a service visit",
        "gives wrong readings"
    };
    private static final Severity[] SEVERITIES = {
        Severity.CRITICAL,
        Severity.HIGH,
        Severity.MEDIUM,
        Severity.MEDIUM,
        Severity.LOW,
        Severity.LOW,
        Severity.NOT_APPLICABLE
    };

    @Resource(lookup = "jdbc/portal")
    private DataSource database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long total = Long.parseLong(request.getParameter("total"));
        long started = System.nanoTime();
        long added;
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            CUSTOMERS.ensure(connection);
            boolean bulk = total - countCases(connection) > BULK_LOAD;
            List<String> rebuild = new ArrayList<>();
            if (bulk) {
                rebuild.addAll(dropIndexesAndForeignKeys(connection, "service_case"));
                rebuild.addAll(dropIndexesAndForeignKeys(connection, "case_word"));
            }
            added = addCases(connection, total);
            connection.commit();
            restore(connection, rebuild);
        } catch (SQLException e) {
            throw new IOException(e);
        }
        answer(response, added, started);
    }

    static long customerId(int company, int site) {
        return CUSTOMERS.customerId(company, site);
    }

    private static long countCases(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet found =
                        query.executeQuery("SELECT COUNT(*) FROM service_case WHERE id >= " + FIRST_CASE_ID)) {
            found.next();
            return found.getLong(1);
        }
    }

    /**
     * A bulk load's usual shortcut: the case table's secondary indexes and foreign keys go before
     * the load and come back after it (built once over all rows, checked once), instead of being
     * updated row by row. Returns the statements that restore them.
     */
    static List<String> dropIndexesAndForeignKeys(Connection connection, String tableName) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String table = meta.storesUpperCaseIdentifiers() ? tableName.toUpperCase(Locale.ROOT) : tableName;
        List<String> restore = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (ResultSet keys = meta.getImportedKeys(null, null, table)) {
            while (keys.next()) {
                String name = keys.getString("FK_NAME");
                drop.add("ALTER TABLE " + tableName + " DROP CONSTRAINT " + name);
                restore.add("ALTER TABLE " + tableName + " ADD CONSTRAINT " + name + " FOREIGN KEY ("
                        + keys.getString("FKCOLUMN_NAME") + ") REFERENCES " + keys.getString("PKTABLE_NAME") + " ("
                        + keys.getString("PKCOLUMN_NAME") + ")");
            }
        }
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        try (ResultSet columns = meta.getIndexInfo(null, null, table, false, false)) {
            while (columns.next()) {
                String name = columns.getString("INDEX_NAME");
                if (name != null
                        && columns.getBoolean("NON_UNIQUE")
                        && name.toLowerCase(Locale.ROOT).startsWith("ix_")) {
                    String direction = "D".equals(columns.getString("ASC_OR_DESC")) ? " DESC" : "";
                    indexes.computeIfAbsent(name, k -> new ArrayList<>())
                            .add(columns.getString("COLUMN_NAME") + direction);
                }
            }
        }
        indexes.forEach((name, columns) -> {
            drop.add("DROP INDEX " + name + (isH2(connection) ? "" : " ON " + tableName));
            restore.add("CREATE INDEX " + name + " ON " + tableName + " (" + String.join(", ", columns) + ")");
        });
        try (Statement statement = connection.createStatement()) {
            for (String sql : drop) {
                statement.execute(sql);
            }
        }
        connection.commit();
        return restore;
    }

    /** What a fill answers: how many rows it added (or holds) and how long it took, in milliseconds. */
    static void answer(HttpServletResponse response, long added, long started) throws IOException {
        response.setContentType("text/plain");
        response.getWriter()
                .printf(
                        "%d %d%n",
                        added, Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /**
     * After a load: runs the statements that bring back what {@link #dropIndexesAndForeignKeys}
     * dropped, has H2 count its tables again (it picks its plans from those statistics; SQL Server keeps
     * its own up to date), and commits.
     */
    static void restore(Connection connection, List<String> rebuild) throws SQLException {
        try (Statement restore = connection.createStatement()) {
            for (String statement : rebuild) {
                restore.execute(statement);
            }
            if (isH2(connection)) {
                restore.execute("ANALYZE");
            }
        }
        connection.commit();
    }

    private static boolean isH2(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseProductName().contains("H2");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long addCases(Connection connection, long total) throws SQLException {
        long existing = countCases(connection);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO service_case (id, case_number,"
                        + " customer_id, raised_by_contact_id, severity, summary, status_id, source, created_at, updated_at,"
                        + " version, complete, team_id, assignee_id, customer_status_id, severity_rank) VALUES (?, ?, ?,"
                        + " NULL, ?, ?, ?, 'PORTAL', ?, ?, 0, ?, ?, ?, ?, ?)");
                PreparedStatement words = connection.prepareStatement("INSERT INTO case_word (case_id, word,"
                        + " customer_id, complete, created_at) VALUES (?, ?, ?, ?, ?)")) {
            for (long n = existing; n < total; n++) {
                SplittableRandom random = new SplittableRandom(n);
                int company = random.nextInt(COMPANIES);
                int site = random.nextInt(SITES_PER_COMPANY + 1);
                boolean complete = random.nextInt(10) != 0;
                Timestamp created = Timestamp.from(
                        START.plus(SPAN.multipliedBy(n % 1_000_000).dividedBy(1_000_000)));
                insert.setLong(1, FIRST_CASE_ID + n);
                insert.setLong(2, FIRST_CASE_ID + n);
                insert.setLong(3, customerId(company, site));
                Severity severity = SEVERITIES[random.nextInt(SEVERITIES.length)];
                insert.setString(4, severity.name());
                insert.setInt(13, severity.rank());
                String summary = THINGS[random.nextInt(THINGS.length)] + " " + (1 + random.nextInt(40)) + " "
                        + FAULTS[random.nextInt(FAULTS.length)];
                insert.setString(5, summary);
                // the words the case lists search by, as the portal keeps them for each case it saves
                for (String word : SearchWords.of(summary)) {
                    words.setLong(1, FIRST_CASE_ID + n);
                    words.setString(2, word);
                    words.setLong(3, customerId(company, site));
                    words.setBoolean(4, complete);
                    words.setTimestamp(5, created);
                    words.addBatch();
                }
                long status = complete ? 6 + random.nextInt(3) : 1 + random.nextInt(5);
                insert.setLong(6, status);
                insert.setTimestamp(7, created);
                insert.setTimestamp(8, created);
                insert.setBoolean(9, complete);
                int team = random.nextInt(3);
                insert.setObject(10, team == 0 ? null : (long) team);
                int assignee = random.nextInt(4);
                insert.setObject(11, assignee >= 2 ? null : (long) (4 + assignee));
                // customers see the latest status available to them: "In progress" for "Internal review"
                insert.setLong(12, status == INTERNAL_REVIEW ? IN_PROGRESS : status);
                insert.addBatch();
                if ((n + 1) % BATCH == 0) {
                    insert.executeBatch();
                    words.executeBatch();
                }
                if ((n + 1) % COMMIT_EVERY == 0) {
                    connection.commit();
                }
                if ((n + 1) % PROGRESS_EVERY == 0) {
                    LOG.info("Benchmark cases: " + (n + 1));
                }
            }
            insert.executeBatch();
            words.executeBatch();
        }
        return Math.max(0, total - existing);
    }
}
