package com.serviceportal.benchmark;

import com.serviceportal.customers.imports.ContactImportService;
import com.serviceportal.customers.imports.ImportPreview;
import com.serviceportal.jobs.contacts.ColumnMap;
import com.serviceportal.jobs.contacts.ContactField;
import com.serviceportal.jobs.contacts.ImportFile;
import com.serviceportal.security.Caller;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Test-only helper of {@link ContactImportBenchmark}, deployed only with it. {@code POST ?action=file&rows=N&run=R}
 * stores an import of N generated contacts (as an upload would, without the upload's size limit);
 * {@code preview&id=I} runs the desk's preview over it, {@code job&id=I&run=R} the {@code contact-import} job,
 * and {@code raw&rows=N&run=R} inserts the same rows (companies, departments, contacts and accounts) with
 * plain JDBC batches in transactions of 1,000 rows, the job's chunk size. Each answers "milliseconds rows"
 * (the file: "id rows"). {@code start&id=I} starts the job and answers its execution at once, {@code
 * status&execution=E} answers "STATUS done-rows".
 */
@WebServlet("/benchmark/contact-import")
public class ContactImportBenchmarkData extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int COMPANIES = 500;
    private static final int DEPARTMENTS = 5;
    private static final int CHUNK = 1000;
    private static final String[] COUNTRIES = {"Sweden", "SE", "Norge", "Finland", "DK"};
    private static final String[] LOCALES = {"sv_SE", "en", "", "sv", "en-GB"};

    @Resource(lookup = "jdbc/portal")
    private DataSource database;

    @Inject
    private ContactImportService imports;

    @Inject
    private Caller caller;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        try {
            answer = switch (request.getParameter("action")) {
                case "file" -> file(Integer.parseInt(request.getParameter("rows")), request.getParameter("run"));
                case "preview" -> preview(Long.parseLong(request.getParameter("id")));
                case "job" -> job(Long.parseLong(request.getParameter("id")), request.getParameter("run"));
                case "start" -> start(Long.parseLong(request.getParameter("id")));
                case "status" -> status(Long.parseLong(request.getParameter("execution")));
                case "raw" -> raw(Integer.parseInt(request.getParameter("rows")), request.getParameter("run"));
                default -> throw new IllegalArgumentException(request.getParameter("action"));
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

    /** Row i of a run: every column of the template filled, the line manager a few rows further on. */
    static String[] row(String run, int i, int rows) {
        return new String[] {
            i % 3 == 0 ? "Dr" : "",
            "First" + i,
            "Last" + i,
            run + "-" + i + "@bench.example",
            "Bench " + run + " company " + i % COMPANIES,
            "Department " + i % DEPARTMENTS,
            i % COMPANIES == 0 ? "1" : "0",
            "Storgatan " + i,
            "",
            "Göteborg",
            "",
            "411 0" + i % 10,
            COUNTRIES[i % COUNTRIES.length],
            "+46 31 " + i,
            "",
            run + "-" + i,
            "",
            "",
            "",
            "",
            "",
            "Imported contact, \"benchmark\"",
            LOCALES[i % LOCALES.length],
            run + "-" + (i + 7) % rows
        };
    }

    private String file(int rows, String run) throws SQLException {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(
                        ",",
                        Arrays.stream(ContactField.values())
                                .map(ContactField::header)
                                .toList()))
                .append("\r\n");
        for (int i = 0; i < rows; i++) {
            String[] values = row(run, i, rows);
            for (int v = 0; v < values.length; v++) {
                String value = values[v];
                csv.append(v == 0 ? "" : ",")
                        .append(value.contains(",") ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
            }
            csv.append("\r\n");
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
        String map = new ColumnMap(List.of(ContactField.values())).stored();
        long id;
        try (Connection connection = database.getConnection()) {
            try (Statement next = connection.createStatement();
                    ResultSet value = next.executeQuery("SELECT NEXT VALUE FOR contact_import_seq")) {
                value.next();
                id = value.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contact_import (id, file_name,"
                    + " uploaded_by, uploaded_at, column_map, ignore_first_line, web_access, status,"
                    + " total_rows, done_rows, created_count, updated_count, rejected_count, version)"
                    + " VALUES (?, 'benchmark.csv', (SELECT id FROM user_account WHERE username = 'ada'), ?, ?,"
                    + " CAST(1 AS BIT), CAST(1 AS BIT), 'UPLOADED', ?, 0, 0, 0, 0, 0)")) {
                insert.setLong(1, id);
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.setString(3, map);
                insert.setInt(4, rows);
                insert.executeUpdate();
            }
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO contact_import_file (import_id, content) VALUES (?, ?)")) {
                insert.setLong(1, id);
                insert.setBytes(2, ImportFile.packed(content));
                insert.executeUpdate();
            }
        }
        return id + " " + rows;
    }

    private String preview(long id) throws SQLException {
        caller.signIn(single("SELECT id FROM user_account WHERE username = 'ada'"));
        long started = System.nanoTime();
        ImportPreview preview =
                imports.preview(id, ColumnMap.parse(storedMap(id)).fields(), true, true);
        if (!preview.rejected().isEmpty()) {
            throw new IllegalStateException(
                    "The preview rejects " + preview.rejected().get(0));
        }
        return millis(started) + " " + (preview.creates() + preview.updates());
    }

    private String job(long id, String run) throws InterruptedException, SQLException {
        Properties parameters = new Properties();
        parameters.setProperty("importId", Long.toString(id));
        JobOperator operator = BatchRuntime.getJobOperator();
        long started = System.nanoTime();
        long execution = operator.start("contact-import", parameters);
        BatchStatus status;
        do {
            Thread.sleep(20);
            status = operator.getJobExecution(execution).getBatchStatus();
        } while (status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING);
        long elapsed = millis(started);
        if (status != BatchStatus.COMPLETED) {
            throw new IllegalStateException("contact-import ended " + status);
        }
        long created = single("SELECT created_count FROM contact_import WHERE id = " + id);
        long linked = single("SELECT COUNT(*) FROM contact c JOIN user_account a ON a.contact_id = c.id"
                + " WHERE c.line_manager_id IS NOT NULL AND a.username LIKE '" + run + "-%'");
        if (linked != created) {
            throw new IllegalStateException(linked + " of " + created + " contacts have their line manager");
        }
        return elapsed + " " + created;
    }

    /** Starts the import's job and answers its execution id at once, without waiting for it. */
    private String start(long id) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", Long.toString(id));
        return Long.toString(BatchRuntime.getJobOperator().start("contact-import", parameters));
    }

    /** The batch status of an execution, and the rows its import has done so far. */
    private String status(long execution) throws SQLException {
        JobOperator operator = BatchRuntime.getJobOperator();
        String importId = operator.getParameters(execution).getProperty("importId");
        return operator.getJobExecution(execution).getBatchStatus() + " "
                + single("SELECT done_rows FROM contact_import WHERE id = " + Long.parseLong(importId));
    }

    /** The same rows as the job writes, inserted as plainly as JDBC allows. */
    private String raw(int rows, String run) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            Ids customers = new Ids(connection, "customer_seq");
            Ids contacts = new Ids(connection, "contact_seq");
            Ids accounts = new Ids(connection, "user_account_seq");
            long[] companyIds = new long[COMPANIES];
            long[][] departmentIds = new long[COMPANIES][DEPARTMENTS];
            try (PreparedStatement customer = connection.prepareStatement(
                    "INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (?, ?, ?, ?, 0)")) {
                for (int c = 0; c < COMPANIES; c++) {
                    companyIds[c] = customers.next();
                    addCustomer(customer, companyIds[c], "Bench " + run + " company " + c, null);
                    for (int d = 0; d < DEPARTMENTS; d++) {
                        departmentIds[c][d] = customers.next();
                        addCustomer(customer, departmentIds[c][d], "Department " + d, companyIds[c]);
                    }
                }
                customer.executeBatch();
            }
            connection.commit();
            long[] contactIds = new long[rows];
            try (PreparedStatement contact = connection.prepareStatement("INSERT INTO contact (id, customer_id,"
                            + " version, title, first_name, last_name, email, address_line1, address_line2, city,"
                            + " state_region, postcode, country_code, phone, mobile, notes, language, primary_contact)"
                            + " VALUES (?, ?, 0, ?, ?, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, NULL, ?, ?, ?)");
                    PreparedStatement account = connection.prepareStatement("INSERT INTO user_account (id, username,"
                            + " password_hash, role, display_name, contact_id, enabled, version, language)"
                            + " VALUES (?, ?, NULL, 'CUSTOMER', ?, ?, CAST(1 AS BIT), 0, ?)")) {
                for (int i = 0; i < rows; i++) {
                    String[] v = row(run, i, rows);
                    contactIds[i] = contacts.next();
                    String language = v[22].startsWith("sv") ? "sv" : "en";
                    contact.setLong(1, contactIds[i]);
                    contact.setLong(2, departmentIds[i % COMPANIES][i % DEPARTMENTS]);
                    contact.setString(3, v[0].isEmpty() ? null : v[0]);
                    contact.setString(4, v[1]);
                    contact.setString(5, v[2]);
                    contact.setString(6, v[3]);
                    contact.setString(7, v[7]);
                    contact.setString(8, v[9]);
                    contact.setString(9, v[11]);
                    contact.setString(10, "SE");
                    contact.setString(11, v[13]);
                    contact.setString(12, v[21]);
                    contact.setString(13, language);
                    contact.setBoolean(14, "1".equals(v[6]));
                    contact.addBatch();
                    account.setLong(1, accounts.next());
                    account.setString(2, v[15]);
                    account.setString(3, v[1] + " " + v[2]);
                    account.setLong(4, contactIds[i]);
                    account.setString(5, language);
                    account.addBatch();
                    if ((i + 1) % CHUNK == 0 || i == rows - 1) {
                        contact.executeBatch();
                        account.executeBatch();
                        connection.commit();
                    }
                }
            }
            try (PreparedStatement manager =
                    connection.prepareStatement("UPDATE contact SET line_manager_id = ? WHERE id = ?")) {
                for (int i = 0; i < rows; i++) {
                    manager.setLong(1, contactIds[(i + 7) % rows]);
                    manager.setLong(2, contactIds[i]);
                    manager.addBatch();
                    if ((i + 1) % CHUNK == 0 || i == rows - 1) {
                        manager.executeBatch();
                        connection.commit();
                    }
                }
            }
        }
        return millis(started) + " " + rows;
    }

    private static void addCustomer(PreparedStatement insert, long id, String name, Long parent) throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, "RAW-" + id);
        insert.setString(3, name);
        insert.setObject(4, parent, java.sql.Types.BIGINT);
        insert.addBatch();
    }

    /** Ids in blocks of 50, the way EclipseLink and the import take them. */
    private static final class Ids {

        private final Connection connection;
        private final String sequence;
        private long next;
        private long last = -1;

        Ids(Connection connection, String sequence) {
            this.connection = connection;
            this.sequence = sequence;
        }

        long next() throws SQLException {
            if (next > last) {
                try (Statement query = connection.createStatement();
                        ResultSet value = query.executeQuery("SELECT NEXT VALUE FOR " + sequence)) {
                    value.next();
                    last = value.getLong(1);
                    next = last - 49;
                }
            }
            return next++;
        }
    }

    private String storedMap(long id) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement query = connection.createStatement();
                ResultSet row = query.executeQuery("SELECT column_map FROM contact_import WHERE id = " + id)) {
            row.next();
            return row.getString(1);
        }
    }

    private long single(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement query = connection.createStatement();
                ResultSet row = query.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
