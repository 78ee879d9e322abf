package com.serviceportal.jobs.contacts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes one chunk of checked rows: the rows the database rules refuse and the ones refused before
 * become problem rows, new companies and departments are created, new contacts and their accounts
 * inserted, matched ones updated (only the mapped fields), custom field values replaced, line managers
 * linked (or, when the manager's row is still to come, noted for the last step), and the import's
 * counters moved on. Each kind of statement is sent as one JDBC batch, in the chunk's transaction; a
 * row the database refuses becomes a rejected row (see {@link #write}).
 */
public final class ChunkImport {

    /** The contact columns a field writes. */
    private static final Map<ContactField, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(ContactField.TITLE, "title");
        COLUMNS.put(ContactField.FIRST_NAME, "first_name");
        COLUMNS.put(ContactField.LAST_NAME, "last_name");
        COLUMNS.put(ContactField.EMAIL, "email");
        COLUMNS.put(ContactField.ADDRESS_1, "address_line1");
        COLUMNS.put(ContactField.ADDRESS_2, "address_line2");
        COLUMNS.put(ContactField.CITY, "city");
        COLUMNS.put(ContactField.STATE, "state_region");
        COLUMNS.put(ContactField.POSTCODE, "postcode");
        COLUMNS.put(ContactField.COUNTRY, "country_code");
        COLUMNS.put(ContactField.PHONE, "phone");
        COLUMNS.put(ContactField.MOBILE, "mobile");
        COLUMNS.put(ContactField.NOTES, "notes");
        COLUMNS.put(ContactField.LOCALE, "language");
        COLUMNS.put(ContactField.PRIMARY_CONTACT, "primary_contact");
    }

    private static final Logger LOG = Logger.getLogger(ChunkImport.class.getName());

    /** What was done with a chunk. */
    public record Counts(int created, int updated, int rejected) {}

    private final Connection connection;
    private final ImportSettings settings;
    private final Sql.Ids customerIds;
    private final Sql.Ids contactIds;
    private final Sql.Ids accountIds;

    public ChunkImport(Connection connection, ImportSettings settings) {
        this.connection = connection;
        this.settings = settings;
        this.customerIds = new Sql.Ids(connection, "customer_seq");
        this.contactIds = new Sql.Ids(connection, "contact_seq");
        this.accountIds = new Sql.Ids(connection, "user_account_seq");
    }

    /**
     * Writes the rows together; should the database refuse any of them (a rule of the database the
     * row rules do not know, e.g. a collation that makes two usernames one), the chunk's work is
     * undone and the rows are written one by one, each refused one becoming a rejected row with the
     * database's reason, so one row never fails the chunk.
     */
    public Counts write(List<ContactRow> rows, FileRules file) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try {
            return writeTogether(rows, file);
        } catch (SQLException refused) {
            connection.rollback(before);
            LOG.log(
                    Level.INFO,
                    "Contact import " + settings.importId() + ": the database refused a row of the chunk;"
                            + " writing its rows one by one",
                    refused);
            return writeOneByOne(rows, file);
        }
    }

    private Counts writeOneByOne(List<ContactRow> rows, FileRules file) throws SQLException {
        int created = 0;
        int updated = 0;
        int rejected = 0;
        // Managers first, so each row finds the manager of the chunk it names already in.
        for (ContactRow row : managersFirst(rows)) {
            Savepoint before = connection.setSavepoint();
            Counts counts;
            try {
                counts = writeTogether(List.of(row), file);
            } catch (SQLException refused) {
                connection.rollback(before);
                row.reject(new Problem(Problem.REFUSED, null, reason(refused)));
                counts = writeTogether(List.of(row), file);
            }
            created += counts.created();
            updated += counts.updated();
            rejected += counts.rejected();
        }
        return new Counts(created, updated, rejected);
    }

    /** The database's own words, first line only (a batch names its statement in the next ones). */
    private static String reason(SQLException refused) {
        SQLException cause = refused.getNextException() != null ? refused.getNextException() : refused;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private Counts writeTogether(List<ContactRow> rows, FileRules file) throws SQLException {
        Existing existing = Existing.of(
                connection, rows.stream().filter(ContactRow::isValid).toList());
        List<ContactRow> created = new ArrayList<>();
        List<ContactRow> updated = new ArrayList<>();
        List<Existing.Match> updates = new ArrayList<>();
        List<ContactRow> rejected = new ArrayList<>();
        for (ContactRow row : rows) {
            Existing.Match match = row.isValid() ? existing.check(row, file) : null;
            if (match == null) {
                rejected.add(row);
            } else if (match.updates()) {
                updated.add(row);
                updates.add(match);
            } else {
                created.add(row);
            }
        }
        created = managersFirst(created);
        List<Long> createdCustomers = customersOf(created, existing);
        List<Long> updatedCustomers = customersOf(updated, existing);
        List<Long> newContacts = new ArrayList<>(created.size());
        for (int i = 0; i < created.size(); i++) {
            newContacts.add(contactIds.next());
        }
        List<Long> updatedContacts =
                updates.stream().map(Existing.Match::contactId).toList();
        LineManagers managers = new LineManagers(existing);
        managers.addNew(created, newContacts);
        managers.addContacts(updated, updatedContacts);
        insertContacts(created, newContacts, createdCustomers, managers);
        updateContacts(updated, updatedContacts, updatedCustomers, managers);
        insertAccounts(created, newContacts, updated, updates);
        writeCustomValues(created, newContacts, updated, updatedContacts);
        managers.writeLater(connection, settings.importId());
        writeProblems(rejected);
        try (PreparedStatement counters = connection.prepareStatement("UPDATE contact_import SET"
                + " done_rows = done_rows + ?, created_count = created_count + ?, updated_count = updated_count + ?,"
                + " rejected_count = rejected_count + ?, version = version + 1 WHERE id = ?")) {
            counters.setInt(1, rows.size());
            counters.setInt(2, created.size());
            counters.setInt(3, updated.size());
            counters.setInt(4, rejected.size());
            counters.setLong(5, settings.importId());
            counters.executeUpdate();
        }
        return new Counts(created.size(), updated.size(), rejected.size());
    }

    /** The customer each row belongs to (its department, else its company), creating those that are new. */
    private List<Long> customersOf(List<ContactRow> rows, Existing existing) throws SQLException {
        List<Long> customers = new ArrayList<>(rows.size());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO customer" + " (id, account_number, name, parent_id, version) VALUES (?, ?, ?, ?, 0)")) {
            boolean any = false;
            for (ContactRow row : rows) {
                String companyName = row.value(ContactField.COMPANY);
                Long company = existing.company(companyName);
                if (company == null) {
                    company = customerIds.next();
                    addCustomer(insert, company, companyName, null);
                    existing.addCompany(companyName, company);
                    any = true;
                }
                String departmentName = row.value(ContactField.DEPARTMENT);
                if (departmentName == null) {
                    customers.add(company);
                    continue;
                }
                Long department = existing.department(company, departmentName);
                if (department == null) {
                    department = customerIds.next();
                    addCustomer(insert, department, departmentName, company);
                    existing.addDepartment(company, departmentName, department);
                    any = true;
                }
                customers.add(department);
            }
            if (any) {
                insert.executeBatch();
            }
        }
        return customers;
    }

    private static void addCustomer(PreparedStatement insert, long id, String name, Long parent) throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, "IMP-" + id);
        insert.setString(3, name);
        insert.setObject(4, parent, Types.BIGINT);
        insert.addBatch();
    }

    /**
     * The chunk's new rows, each after the new row of its line manager (a manager's row first, then the
     * rows naming it), so each insert can name a manager already in; only a circle of managers within the
     * chunk leaves one row to link after the inserts.
     */
    static List<ContactRow> managersFirst(List<ContactRow> rows) {
        Map<String, ContactRow> byUsername = new HashMap<>();
        rows.forEach(row -> byUsername.put(row.username(), row));
        Set<ContactRow> placed = new HashSet<>();
        List<ContactRow> ordered = new ArrayList<>(rows.size());
        for (ContactRow row : rows) {
            Deque<ContactRow> chain = new ArrayDeque<>();
            Set<ContactRow> inChain = new HashSet<>();
            ContactRow next = row;
            while (next != null && !placed.contains(next) && inChain.add(next)) {
                chain.push(next);
                String manager = next.value(ContactField.LINE_MANAGER);
                next = manager == null ? null : byUsername.get(manager);
            }
            while (!chain.isEmpty()) {
                ContactRow top = chain.pop();
                placed.add(top);
                ordered.add(top);
            }
        }
        return ordered;
    }

    private void insertContacts(List<ContactRow> rows, List<Long> ids, List<Long> customers, LineManagers managers)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        StringJoiner columns =
                new StringJoiner(", ", "INSERT INTO contact (id, customer_id, line_manager_id, version, ", ")");
        COLUMNS.values().forEach(columns::add);
        String sql = columns + " VALUES (?, ?, ?, 0" + ", ?".repeat(COLUMNS.size()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < rows.size(); i++) {
                insert.setLong(1, ids.get(i));
                insert.setLong(2, customers.get(i));
                insert.setObject(3, managers.onInsert(rows.get(i), ids.get(i)), Types.BIGINT);
                int index = 4;
                for (ContactField field : COLUMNS.keySet()) {
                    bind(insert, index++, field, rows.get(i));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Updates the mapped fields, and the line manager when the row names one the chunk can link. */
    private void updateContacts(List<ContactRow> rows, List<Long> ids, List<Long> customers, LineManagers managers)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<ContactField> mapped =
                COLUMNS.keySet().stream().filter(settings.columns()::maps).toList();
        StringBuilder sql = new StringBuilder("UPDATE contact SET customer_id = ?,"
                + " line_manager_id = COALESCE(CAST(? AS BIGINT), line_manager_id), version = version + 1");
        mapped.forEach(field -> sql.append(", ").append(COLUMNS.get(field)).append(" = ?"));
        sql.append(" WHERE id = ?");
        try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < rows.size(); i++) {
                update.setLong(1, customers.get(i));
                update.setObject(2, managers.onUpdate(rows.get(i), ids.get(i)), Types.BIGINT);
                int index = 3;
                for (ContactField field : mapped) {
                    bind(update, index++, field, rows.get(i));
                }
                update.setLong(index, ids.get(i));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void bind(PreparedStatement statement, int index, ContactField field, ContactRow row)
            throws SQLException {
        String value = row.value(field);
        switch (field) {
            case COUNTRY ->
                statement.setString(
                        index,
                        value == null ? null : RowRules.countryCode(value).orElseThrow());
            case LOCALE -> statement.setString(index, RowRules.language(value));
            case PRIMARY_CONTACT -> statement.setBoolean(index, RowRules.isPrimaryContact(row));
            default -> statement.setString(index, value);
        }
    }

    private void insertAccounts(
            List<ContactRow> created, List<Long> newContacts, List<ContactRow> updated, List<Existing.Match> updates)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO user_account (id, username,"
                        + " password_hash, role, display_name, contact_id, enabled, version, language)"
                        + " VALUES (?, ?, NULL, 'CUSTOMER', ?, ?, ?, 0, ?)");
                PreparedStatement update = connection.prepareStatement("UPDATE user_account SET display_name = ?,"
                        + " enabled = CASE WHEN ? = 1 THEN CAST(1 AS BIT) ELSE enabled END, version = version + 1"
                        + " WHERE id = ?")) {
            boolean inserts = false;
            boolean updates2 = false;
            for (int i = 0; i < created.size(); i++) {
                addAccount(insert, created.get(i), newContacts.get(i));
                inserts = true;
            }
            for (int i = 0; i < updated.size(); i++) {
                Existing.Match match = updates.get(i);
                if (match.accountId() == null) {
                    addAccount(insert, updated.get(i), match.contactId());
                    inserts = true;
                } else {
                    update.setString(1, displayName(updated.get(i)));
                    update.setInt(2, settings.webAccess() ? 1 : 0);
                    update.setLong(3, match.accountId());
                    update.addBatch();
                    updates2 = true;
                }
            }
            if (inserts) {
                insert.executeBatch();
            }
            if (updates2) {
                update.executeBatch();
            }
        }
    }

    private void addAccount(PreparedStatement insert, ContactRow row, long contactId) throws SQLException {
        insert.setLong(1, accountIds.next());
        insert.setString(2, row.username());
        insert.setString(3, displayName(row));
        insert.setLong(4, contactId);
        insert.setBoolean(5, settings.webAccess());
        insert.setString(6, RowRules.language(row.value(ContactField.LOCALE)));
        insert.addBatch();
    }

    private static String displayName(ContactRow row) {
        return row.value(ContactField.FIRST_NAME) + " " + row.value(ContactField.LAST_NAME);
    }

    private void writeCustomValues(
            List<ContactRow> created, List<Long> newContacts, List<ContactRow> updated, List<Long> updatedContacts)
            throws SQLException {
        Map<ContactField, Long> fields = settings.customFields();
        if (fields.isEmpty()) {
            return;
        }
        if (!updatedContacts.isEmpty()) {
            String in = "(" + "?, ".repeat(fields.size() - 1) + "?)";
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM contact_field_value WHERE contact_id = ? AND field_id IN " + in)) {
                for (long contact : updatedContacts) {
                    delete.setLong(1, contact);
                    int index = 2;
                    for (long field : fields.values()) {
                        delete.setLong(index++, field);
                    }
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO contact_field_value (contact_id, field_id, field_value) VALUES (?, ?, ?)")) {
            boolean any = addValues(insert, created, newContacts, fields);
            any |= addValues(insert, updated, updatedContacts, fields);
            if (any) {
                insert.executeBatch();
            }
        }
    }

    private static boolean addValues(
            PreparedStatement insert, List<ContactRow> rows, List<Long> contacts, Map<ContactField, Long> fields)
            throws SQLException {
        boolean any = false;
        for (int i = 0; i < rows.size(); i++) {
            for (Map.Entry<ContactField, Long> field : fields.entrySet()) {
                String value = rows.get(i).value(field.getKey());
                if (value != null) {
                    insert.setLong(1, contacts.get(i));
                    insert.setLong(2, field.getValue());
                    insert.setString(3, value);
                    insert.addBatch();
                    any = true;
                }
            }
        }
        return any;
    }

    private void writeProblems(List<ContactRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contact_import_problem"
                + " (import_id, line_no, field_name, problem, detail) VALUES (?, ?, ?, ?, ?)")) {
            for (ContactRow row : rows) {
                for (Problem problem : row.problems()) {
                    insert.setLong(1, settings.importId());
                    insert.setInt(2, row.line());
                    insert.setString(
                            3, problem.field() == null ? null : problem.field().name());
                    insert.setString(4, problem.code());
                    insert.setString(5, problem.detail() == null ? null : truncate(problem.detail()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static String truncate(String detail) {
        return detail.length() <= 256 ? detail : detail.substring(0, 256);
    }
}
