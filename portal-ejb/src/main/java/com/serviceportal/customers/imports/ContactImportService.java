package com.serviceportal.customers.imports;

import com.serviceportal.jobs.InterruptedRuns;
import com.serviceportal.jobs.JobControl;
import com.serviceportal.jobs.NightlyJob;
import com.serviceportal.jobs.contacts.ColumnMap;
import com.serviceportal.jobs.contacts.ContactField;
import com.serviceportal.jobs.contacts.ContactRow;
import com.serviceportal.jobs.contacts.Existing;
import com.serviceportal.jobs.contacts.FileRules;
import com.serviceportal.jobs.contacts.ImportFile;
import com.serviceportal.jobs.contacts.ImportSettings;
import com.serviceportal.jobs.contacts.Problem;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The desk's contact import, step by step: template, upload, mapping and preview, run, progress and
 * the rejected rows. The preview applies every rule the {@code contact-import} job applies, through the
 * same classes, and writes nothing but the chosen mapping.
 */
@Stateless
@Allowed(Audience.ADMINISTRATORS)
public class ContactImportService {

    /** The largest file taken, which the web module's request limit also allows. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(ContactImportService.class.getName());

    @Resource(lookup = "jdbc/portal")
    private DataSource database;

    @Inject
    private Caller caller;

    @EJB
    private JobControl control;

    /** The template: the header line of every column the import knows, UTF-8 with a byte order mark for Excel. */
    public byte[] template() {
        String headers =
                Stream.of(ContactField.values()).map(ContactField::header).collect(Collectors.joining(","));
        return ("\uFEFF" + headers + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Stores an upload and proposes a mapping by its first line. */
    public ImportUpload upload(String fileName, byte[] content) {
        long account = caller.scope().accountId();
        if (content.length > MAX_FILE_BYTES) {
            throw new ImportFileException("contactImport.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
        }
        ImportFile file;
        try {
            file = ImportFile.parse(content);
        } catch (ImportFile.UnreadableFileException e) {
            throw new ImportFileException("contactImport.unreadable");
        }
        if (file.records().isEmpty()) {
            throw new ImportFileException("contactImport.empty");
        }
        try (Connection connection = database.getConnection()) {
            long id;
            try (PreparedStatement next = connection.prepareStatement("SELECT NEXT VALUE FOR contact_import_seq");
                    ResultSet value = next.executeQuery()) {
                value.next();
                id = value.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contact_import (id, file_name,"
                    + " uploaded_by, uploaded_at, ignore_first_line, web_access, status, total_rows,"
                    + " done_rows, created_count, updated_count, rejected_count, version)"
                    + " VALUES (?, ?, ?, ?, CAST(1 AS BIT), CAST(0 AS BIT), 'UPLOADED', ?, 0, 0, 0, 0, 0)")) {
                insert.setLong(1, id);
                insert.setString(2, fileName.length() > 255 ? fileName.substring(0, 255) : fileName);
                insert.setLong(3, account);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.setInt(5, file.records().size());
                insert.executeUpdate();
            }
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO contact_import_file (import_id, content) VALUES (?, ?)")) {
                insert.setLong(1, id);
                insert.setBytes(2, ImportFile.packed(content));
                insert.executeUpdate();
            }
            return describe(connection, id, fileName, file);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportUpload describe(Connection connection, long id, String fileName, ImportFile file)
            throws SQLException {
        Map<ContactField, String> labels = customLabels(connection);
        List<ContactField> choices = Stream.of(ContactField.values())
                .filter(field -> field.customIndex() < 0 || labels.containsKey(field))
                .toList();
        List<ContactField> mapping =
                new ArrayList<>(ColumnMap.byHeaders(file.firstValues()).fields());
        mapping.replaceAll(field -> field != null && choices.contains(field) ? field : null);
        boolean headerLine = mapping.stream().anyMatch(field -> field != null);
        return new ImportUpload(
                id, fileName, file.records().size(), file.firstValues(), mapping, headerLine, choices, labels);
    }

    private static Map<ContactField, String> customLabels(Connection connection) throws SQLException {
        Map<ContactField, Long> fields = ImportSettings.customFields(connection);
        Map<ContactField, String> labels = new EnumMap<>(ContactField.class);
        try (PreparedStatement query = connection.prepareStatement("SELECT id, label FROM contact_field");
                ResultSet rows = query.executeQuery()) {
            Map<Long, String> byId = new LinkedHashMap<>();
            while (rows.next()) {
                byId.put(rows.getLong(1), rows.getString(2));
            }
            fields.forEach((field, fieldId) -> labels.put(field, byId.get(fieldId)));
        }
        return labels;
    }

    /**
     * Saves the mapping and options of an upload not yet run, and checks every row by them: nothing
     * else is written.
     */
    public ImportPreview preview(
            long importId, List<ContactField> mapping, boolean ignoreFirstLine, boolean webAccess) {
        try (Connection connection = database.getConnection()) {
            requireStatus(connection, importId, "UPLOADED");
            try (PreparedStatement update = connection.prepareStatement("UPDATE contact_import SET column_map = ?,"
                    + " ignore_first_line = ?, web_access = ?, version = version + 1 WHERE id = ?")) {
                update.setString(1, new ColumnMap(mapping).stored());
                update.setBoolean(2, ignoreFirstLine);
                update.setBoolean(3, webAccess);
                update.setLong(4, importId);
                update.executeUpdate();
            }
            ImportSettings settings = ImportSettings.load(connection, importId);
            List<ContactRow> rows = settings.rows(ImportSettings.content(connection, importId));
            FileRules file = new FileRules(rows);
            Existing existing = Existing.of(
                    connection, rows.stream().filter(ContactRow::isValid).toList());
            int creates = 0;
            int updates = 0;
            TreeSet<String> newCompanies = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            TreeSet<String> newDepartments = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            List<RejectedRow> rejected = new ArrayList<>();
            for (ContactRow row : rows) {
                Existing.Match match = row.isValid() ? existing.check(row, file) : null;
                if (match == null) {
                    rejected.add(new RejectedRow(row.line(), nameOf(row), List.copyOf(row.problems())));
                    continue;
                }
                if (match.updates()) {
                    updates++;
                } else {
                    creates++;
                }
                String company = row.value(ContactField.COMPANY);
                Long companyId = existing.company(company);
                if (companyId == null) {
                    newCompanies.add(company);
                }
                String department = row.value(ContactField.DEPARTMENT);
                if (department != null && (companyId == null || existing.department(companyId, department) == null)) {
                    newDepartments.add(company + " / " + department);
                }
            }
            return new ImportPreview(
                    rows.size(), creates, updates, rejected, List.copyOf(newCompanies), List.copyOf(newDepartments));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nameOf(ContactRow row) {
        String name = Stream.of(row.value(ContactField.FIRST_NAME), row.value(ContactField.LAST_NAME))
                .filter(part -> part != null)
                .collect(Collectors.joining(" "));
        String email = row.value(ContactField.EMAIL);
        return email == null ? name : name.isEmpty() ? email : name + " <" + email + ">";
    }

    /** Starts the import of a previewed upload; an upload runs once. */
    public void start(long importId) {
        try (Connection connection = database.getConnection()) {
            requireStatus(connection, importId, "UPLOADED");
            ImportSettings settings = ImportSettings.load(connection, importId);
            if (settings.columns().fields().isEmpty()) {
                throw new BusinessException("contactImport.previewFirst");
            }
            int rows =
                    settings.rows(ImportSettings.content(connection, importId)).size();
            Properties parameters = new Properties();
            parameters.setProperty("importId", Long.toString(importId));
            long execution = control.start(NightlyJob.CONTACT_IMPORT, parameters);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE contact_import SET status = 'RUNNING',"
                            + " execution_id = ?, total_rows = ?, version = version + 1 WHERE id = ? AND status = 'UPLOADED'")) {
                update.setLong(1, execution);
                update.setInt(2, rows);
                update.setLong(3, importId);
                update.executeUpdate();
            }
            LOG.info(() -> "Contact import " + importId + " started, execution " + execution);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Continues an import whose run failed or was stopped, from the last chunk it committed (the rows
     * before it are not read again).
     */
    public void resume(long importId) {
        try (Connection connection = database.getConnection()) {
            requireStatus(connection, importId, "RUNNING");
            long execution;
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT execution_id FROM contact_import WHERE id = ?")) {
                query.setLong(1, importId);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    execution = row.getLong(1);
                }
            }
            if (!hasFailed(execution)) {
                throw new BusinessException("contactImport.notResumable");
            }
            long resumed;
            try {
                resumed = control.restart(execution);
            } catch (NotFoundException e) {
                throw new BusinessException("contactImport.notResumable");
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE contact_import SET execution_id = ?, version = version + 1 WHERE id = ?")) {
                update.setLong(1, resumed);
                update.setLong(2, importId);
                update.executeUpdate();
            }
            LOG.info(() -> "Contact import " + importId + " continues as execution " + resumed);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How far the import's run is. */
    public ImportProgress progress(long importId) {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT total_rows, done_rows, created_count,"
                        + " updated_count, rejected_count, status, execution_id FROM contact_import WHERE id = ?")) {
            query.setLong(1, importId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new NotFoundException();
                }
                String status = row.getString(6);
                Optional<JobExecution> run =
                        "RUNNING".equals(status) ? control.execution(row.getLong(7)) : Optional.empty();
                boolean failed = run.filter(ContactImportService::hasEnded).isPresent();
                boolean interrupted = run.filter(
                                execution -> failed && InterruptedRuns.EXIT_STATUS.equals(execution.getExitStatus()))
                        .isPresent();
                return new ImportProgress(
                        row.getInt(1),
                        row.getInt(2),
                        row.getInt(3),
                        row.getInt(4),
                        row.getInt(5),
                        "DONE".equals(status),
                        failed,
                        interrupted);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean hasFailed(long execution) {
        return control.execution(execution)
                .filter(ContactImportService::hasEnded)
                .isPresent();
    }

    /** Ended without finishing: failed, stopped, or interrupted by a server that died. */
    private static boolean hasEnded(JobExecution execution) {
        BatchStatus status = execution.getBatchStatus();
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status == BatchStatus.ABANDONED;
    }

    /**
     * The latest import that was started and has not finished (running, or failed, stopped or
     * interrupted and waiting to be continued), so the import page shows it again after a restart.
     */
    public Optional<Long> unfinished() {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT id FROM contact_import"
                        + " WHERE status = 'RUNNING' ORDER BY id DESC OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY");
                ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows the run rejected or could not give their line manager, in file order, with why. */
    public List<RejectedRow> rejectedRows(long importId) {
        try (Connection connection = database.getConnection()) {
            requireStatus(connection, importId, "DONE");
            Map<Integer, List<Problem>> problems = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT line_no, field_name, problem, detail"
                    + " FROM contact_import_problem WHERE import_id = ? ORDER BY line_no")) {
                query.setLong(1, importId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        problems.computeIfAbsent(rows.getInt(1), line -> new ArrayList<>())
                                .add(new Problem(
                                        rows.getString(3), ContactField.byName(rows.getString(2)), rows.getString(4)));
                    }
                }
            }
            if (problems.isEmpty()) {
                return List.of();
            }
            ImportSettings settings = ImportSettings.load(connection, importId);
            Map<Integer, String> names = new LinkedHashMap<>();
            for (ContactRow row : settings.rows(ImportSettings.content(connection, importId))) {
                if (problems.containsKey(row.line())) {
                    names.put(row.line(), nameOf(row));
                }
            }
            List<RejectedRow> rejected = new ArrayList<>();
            problems.forEach((line, list) ->
                    rejected.add(new RejectedRow(line, names.get(line), Collections.unmodifiableList(list))));
            return rejected;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireStatus(Connection connection, long importId, String status) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT status FROM contact_import WHERE id = ?")) {
            query.setLong(1, importId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new NotFoundException();
                }
                if (!status.equals(row.getString(1))) {
                    throw new BusinessException("contactImport.wrongStep");
                }
            }
        }
    }
}
