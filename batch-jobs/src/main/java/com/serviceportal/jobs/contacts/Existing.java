package com.serviceportal.jobs.contacts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the database already holds for a set of rows, read with one query per kind (and per 1,000
 * values): the accounts of their usernames, the contacts of their e-mail addresses, the line managers
 * they name, and their companies and departments. It applies the rules that need the database: a
 * username of a staff account or an e-mail address of a contact with another username is refused,
 * and a line manager must be in the file or be a contact's account. A row that passes is matched to
 * the contact it updates (by username, then by e-mail address) or is new.
 */
public final class Existing {

    /** A row that passes: the contact it updates and that contact's account, each {@code null} if new. */
    public record Match(Long contactId, Long accountId) {

        public boolean updates() {
            return contactId != null;
        }
    }

    private record Account(long id, Long contactId) {}

    private final Map<String, Account> accounts = new HashMap<>();
    private final Map<String, Long> contactsByEmail = new HashMap<>();
    private final Map<Long, String> usernamesOfContacts = new HashMap<>();
    private final Map<String, Long> managers = new HashMap<>();
    private final Map<String, Long> companies = new HashMap<>();
    private final Map<String, Long> departments = new HashMap<>();

    private Existing() {}

    public static Existing of(Connection connection, List<ContactRow> rows) throws SQLException {
        Existing existing = new Existing();
        Set<String> usernames = new HashSet<>();
        Set<String> emails = new HashSet<>();
        Set<String> managerNames = new HashSet<>();
        Set<String> companyNames = new HashSet<>();
        for (ContactRow row : rows) {
            add(usernames, row.username());
            add(emails, row.value(ContactField.EMAIL));
            add(managerNames, row.value(ContactField.LINE_MANAGER));
            if (row.value(ContactField.COMPANY) != null) {
                companyNames.add(row.value(ContactField.COMPANY).toUpperCase(Locale.ROOT));
            }
        }
        Sql.selectIn(
                connection,
                "SELECT username, id, contact_id FROM user_account WHERE username IN %s",
                usernames,
                row -> existing.accounts.put(
                        row.getString(1), new Account(row.getLong(2), (Long) row.getObject(3, Long.class))));
        Sql.selectIn(
                connection,
                "SELECT c.email, c.id, a.username FROM contact c LEFT JOIN user_account a ON a.contact_id = c.id"
                        + " WHERE c.deleted_at IS NULL AND c.email IN %s ORDER BY c.id",
                emails,
                row -> {
                    if (!existing.contactsByEmail.containsKey(row.getString(1))) {
                        existing.contactsByEmail.put(row.getString(1), row.getLong(2));
                        existing.usernamesOfContacts.put(row.getLong(2), row.getString(3));
                    }
                });
        // A manager the rows bring themselves is found among them (or, if its row is refused, by the
        // job's last step); only the others are looked up.
        managerNames.removeAll(usernames);
        Sql.selectIn(
                connection,
                "SELECT username, contact_id FROM user_account WHERE contact_id IS NOT NULL AND username IN %s",
                managerNames,
                row -> existing.managers.put(row.getString(1), row.getLong(2)));
        // No index answers a name without case (H2 has no expression indexes, and SQL Server's collation
        // may differ), so the companies are read through the parent index, top-level rows only, and
        // matched here: one short range read per chunk instead of UPPER over every customer row.
        Set<Long> companyIds = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                        "SELECT name, id FROM customer WHERE parent_id IS NULL ORDER BY id");
                ResultSet row = query.executeQuery()) {
            while (row.next()) {
                String name = row.getString(1).toUpperCase(Locale.ROOT);
                if (companyNames.contains(name) && !existing.companies.containsKey(name)) {
                    existing.companies.put(name, row.getLong(2));
                    companyIds.add(row.getLong(2));
                }
            }
        }
        Sql.selectIn(
                connection,
                "SELECT parent_id, name, id FROM customer WHERE parent_id IN %s ORDER BY id",
                companyIds,
                row -> existing.departments.putIfAbsent(
                        row.getLong(1) + "/" + row.getString(2).toUpperCase(Locale.ROOT), row.getLong(3)));
        return existing;
    }

    private static void add(Set<String> values, String value) {
        if (value != null) {
            values.add(value);
        }
    }

    /** Adds the row's problems against the database; returns its match when it has none. */
    public Match check(ContactRow row, FileRules file) {
        String manager = row.value(ContactField.LINE_MANAGER);
        if (manager != null && !file.bringsUsername(manager) && !managers.containsKey(manager)) {
            row.reject(new Problem(Problem.LINE_MANAGER, ContactField.LINE_MANAGER, manager));
        }
        Match match = null;
        String username = row.username();
        Account account = username == null ? null : accounts.get(username);
        if (account != null && account.contactId() == null) {
            row.reject(new Problem(Problem.USERNAME_TAKEN, ContactField.USERNAME, username));
        } else if (account != null) {
            match = new Match(account.contactId(), account.id());
        } else {
            Long contact =
                    row.value(ContactField.EMAIL) == null ? null : contactsByEmail.get(row.value(ContactField.EMAIL));
            String owner = contact == null ? null : usernamesOfContacts.get(contact);
            if (owner != null) {
                row.reject(new Problem(Problem.EMAIL_TAKEN, ContactField.EMAIL, owner));
            } else {
                match = new Match(contact, null);
            }
        }
        return row.isValid() ? match : null;
    }

    /**
     * The contact of a line manager's account found in the database; {@code null} if none is, or if the
     * rows bring that username themselves (it is not looked up then).
     */
    public Long managerContact(String username) {
        return managers.get(username);
    }

    /** The id of a company by its name, case ignored; {@code null} for a new one. */
    public Long company(String name) {
        return companies.get(name.toUpperCase(Locale.ROOT));
    }

    /** The id of a department of a company, case ignored; {@code null} for a new one. */
    public Long department(long companyId, String name) {
        return departments.get(companyId + "/" + name.toUpperCase(Locale.ROOT));
    }

    void addCompany(String name, long id) {
        companies.put(name.toUpperCase(Locale.ROOT), id);
    }

    void addDepartment(long companyId, String name, long id) {
        departments.put(companyId + "/" + name.toUpperCase(Locale.ROOT), id);
    }
}
