package com.serviceportal.benchmark;

import com.serviceportal.jobs.contracts.RolloverDate;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Test-only helper of {@link ContractJobsBenchmark}, deployed only with it. {@code POST ?action=fill&total=N}
 * adds benchmark contracts (each on a customer of its own) up to N; {@code prepare}, {@code job} and
 * {@code update} take a {@code scenario}: {@code activation}, {@code expiry} or {@code reset}.
 * {@code prepare} puts every benchmark contract into the scenario's starting state; {@code job} runs
 * the nightly job and {@code update} the one set-based UPDATE that does the same work, each answering
 * "milliseconds rows".
 */
@WebServlet("/benchmark/contracts")
public class ContractJobsBenchmarkData extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ContractJobsBenchmarkData.class.getName());

    static final long FIRST_ID = 6_000_000L;
    private static final int BATCH = 2_000;
    private static final int COMMIT_EVERY = 20_000;

    /** The activation job's condition as one statement (see batch-jobs' StartingContracts). */
    private static final String ACTIVATE = "UPDATE contract SET state = 'ACTIVE', version = version + 1"
            + " WHERE contract.state = 'PENDING' AND contract.awaiting_invoice = CAST(0 AS BIT)"
            + " AND contract.start_date <= ? AND NOT (contract.equipment_id IS NULL AND ("
            + "EXISTS (SELECT 1 FROM contract a WHERE a.customer_id = contract.customer_id"
            + " AND a.equipment_id IS NULL AND a.state = 'ACTIVE')"
            + " OR EXISTS (SELECT 1 FROM contract p WHERE p.customer_id = contract.customer_id"
            + " AND p.equipment_id IS NULL AND p.id < contract.id AND p.state = 'PENDING'"
            + " AND p.awaiting_invoice = CAST(0 AS BIT) AND p.start_date <= ?)))";

    private static final String EXPIRE =
            "UPDATE contract SET state = 'EXPIRED', version = version + 1 WHERE state IN ('ACTIVE', 'PENDING')"
                    + " AND end_date < ?";

    private static final String LATEST_ROLLOVER;

    static {
        StringBuilder latest = new StringBuilder("CASE rollover_day");
        for (int day = RolloverDate.FIRST_DAY; day <= RolloverDate.LAST_DAY; day++) {
            latest.append(" WHEN ").append(day).append(" THEN CAST(? AS DATE)");
        }
        LATEST_ROLLOVER = latest.append(" END").toString();
    }

    private static final String RESET = "UPDATE contract SET used_minutes = 0, period_start = " + LATEST_ROLLOVER
            + ", version = version + 1 WHERE state = 'ACTIVE' AND contract_type = 'SUPPORT_HOURS_BY_MONTH'"
            + " AND rollover_day IS NOT NULL AND (period_start IS NULL OR period_start < " + LATEST_ROLLOVER + ")";

    @Resource(lookup = "jdbc/portal")
    private DataSource database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getParameter("action");
        String scenario = request.getParameter("scenario");
        LocalDate today = LocalDate.now();
        String answer;
        try {
            answer = switch (action) {
                case "fill" -> fill(Long.parseLong(request.getParameter("total")));
                case "prepare" -> prepare(scenario, today);
                case "job" -> job(scenario, today);
                case "update" -> update(scenario, today);
                default -> throw new IllegalArgumentException(action);
            };
        } catch (SQLException e) {
            throw new IOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().println(answer);
    }

    private String fill(long total) throws SQLException {
        long started = System.nanoTime();
        long added = 0;
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            long have;
            try (Statement query = connection.createStatement();
                    ResultSet count = query.executeQuery("SELECT COUNT(*) FROM contract WHERE id >= " + FIRST_ID)) {
                count.next();
                have = count.getLong(1);
            }
            try (PreparedStatement customer = connection.prepareStatement(
                            "INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (?, ?, ?, NULL, 0)");
                    PreparedStatement contract = connection.prepareStatement(
                            "INSERT INTO contract (id, reference, customer_id, contract_type, state, start_date,"
                                    + " version, monthly_minutes, rollover_day, period_start, used_minutes)"
                                    + " VALUES (?, ?, ?, 'SUPPORT_HOURS_BY_MONTH', 'ACTIVE', ?, 0, 600, ?, ?, 0)")) {
                Date start = Date.valueOf(LocalDate.now().minusYears(1));
                for (long i = have; i < total; i++) {
                    long id = FIRST_ID + i;
                    customer.setLong(1, id);
                    customer.setString(2, "BJ" + i);
                    customer.setString(3, "Benchmark contract customer " + i);
                    customer.addBatch();
                    contract.setLong(1, id);
                    contract.setString(2, "BJ-" + i);
                    contract.setLong(3, id);
                    contract.setDate(4, start);
                    contract.setInt(5, (int) (1 + i % 28));
                    contract.setDate(6, start);
                    contract.addBatch();
                    added++;
                    if (added % BATCH == 0) {
                        customer.executeBatch();
                        contract.executeBatch();
                    }
                    if (added % COMMIT_EVERY == 0) {
                        connection.commit();
                    }
                    if (added % 100_000 == 0) {
                        LOG.info("Benchmark: " + (have + added) + " contracts");
                    }
                }
                customer.executeBatch();
                contract.executeBatch();
            }
            connection.commit();
            analyze(connection);
        }
        return millis(started) + " " + added;
    }

    /** Every benchmark contract in the scenario's starting state; the other rows stay as they are. */
    private String prepare(String scenario, LocalDate today) throws SQLException {
        long started = System.nanoTime();
        String sql =
                switch (scenario) {
                    case "activation" ->
                        "UPDATE contract SET state = 'PENDING', awaiting_invoice = CAST(0 AS BIT),"
                                + " start_date = ?, end_date = NULL WHERE id >= " + FIRST_ID;
                    case "expiry" ->
                        "UPDATE contract SET state = 'ACTIVE', start_date = ?, end_date = ? WHERE id >= " + FIRST_ID;
                    case "reset" ->
                        "UPDATE contract SET state = 'ACTIVE', end_date = NULL, period_start = ?,"
                                + " used_minutes = 100 WHERE id >= " + FIRST_ID;
                    default -> throw new IllegalArgumentException(scenario);
                };
        long rows;
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            switch (scenario) {
                case "activation" -> update.setDate(1, Date.valueOf(today.minusDays(1)));
                case "expiry" -> {
                    update.setDate(1, Date.valueOf(today.minusYears(1)));
                    update.setDate(2, Date.valueOf(today.minusDays(1)));
                }
                default -> update.setDate(1, Date.valueOf(today.minusMonths(2)));
            }
            rows = update.executeUpdate();
            connection.commit();
            analyze(connection);
        }
        return millis(started) + " " + rows;
    }

    private String job(String scenario, LocalDate today) throws InterruptedException {
        String name = scenario.equals("reset") ? "support-hours-reset" : "contract-activation";
        Properties parameters = new Properties();
        parameters.setProperty("today", today.toString());
        JobOperator operator = BatchRuntime.getJobOperator();
        long started = System.nanoTime();
        long execution = operator.start(name, parameters);
        BatchStatus status;
        do {
            Thread.sleep(20);
            status = operator.getJobExecution(execution).getBatchStatus();
        } while (status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING);
        long elapsed = millis(started);
        if (status != BatchStatus.COMPLETED) {
            throw new IllegalStateException(name + " ended " + status);
        }
        long written = 0;
        for (StepExecution step : operator.getStepExecutions(execution)) {
            for (Metric metric : step.getMetrics()) {
                if (metric.getType() == Metric.MetricType.WRITE_COUNT) {
                    written += metric.getValue();
                }
            }
        }
        return elapsed + " " + written;
    }

    private String update(String scenario, LocalDate today) throws SQLException {
        String sql =
                switch (scenario) {
                    case "activation" -> ACTIVATE;
                    case "expiry" -> EXPIRE;
                    case "reset" -> RESET;
                    default -> throw new IllegalArgumentException(scenario);
                };
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            if (scenario.equals("reset")) {
                int next = 1;
                for (int round = 0; round < 2; round++) {
                    for (int day = RolloverDate.FIRST_DAY; day <= RolloverDate.LAST_DAY; day++) {
                        update.setDate(next++, Date.valueOf(RolloverDate.latestOnOrBefore(day, today)));
                    }
                }
            } else {
                update.setDate(1, Date.valueOf(today));
                if (scenario.equals("activation")) {
                    update.setDate(2, Date.valueOf(today));
                }
            }
            long started = System.nanoTime();
            long rows = update.executeUpdate();
            connection.commit();
            return millis(started) + " " + rows;
        }
    }

    private static void analyze(Connection connection) throws SQLException {
        try (Statement analyze = connection.createStatement()) {
            // H2 picks its plans from table statistics; SQL Server keeps its own up to date.
            if (connection.getMetaData().getDatabaseProductName().contains("H2")) {
                analyze.execute("ANALYZE");
            }
        }
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
