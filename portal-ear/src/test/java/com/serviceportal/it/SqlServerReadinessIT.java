package com.serviceportal.it;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.cases.CaseCursor;
import com.serviceportal.cases.CaseFilter;
import com.serviceportal.cases.CaseRow;
import com.serviceportal.cases.CaseRows;
import com.serviceportal.cases.CaseSearch;
import com.serviceportal.cases.CaseSort;
import com.serviceportal.customers.SiteRow;
import com.serviceportal.customers.SiteService;
import com.serviceportal.platform.Database;
import com.serviceportal.security.AccountService;
import com.serviceportal.security.Caller;
import com.serviceportal.security.SignInDetails;
import com.serviceportal.security.SignInService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What SQL Server needs of the schema and the queries, checked on whichever database the tests run
 * on (docs/sqlserver.md): an index leading with every foreign key column, id lists that are empty or
 * longer than SQL Server's 2,100 parameters, and usernames that are one login however they are typed.
 */
@ExtendWith(ArquillianExtension.class)
public class SqlServerReadinessIT {

    /**
     * The job repository Payara's batch runtime creates in the same database when the first job runs
     * (after the migrations), with its own foreign keys; docs/sqlserver.md gives their indexes.
     */
    private static final Set<String> BATCH_RUNTIME_TABLES = Set.of(
            "JOBINSTANCEDATA",
            "EXECUTIONINSTANCEDATA",
            "STEPEXECUTIONINSTANCEDATA",
            "JOBSTATUS",
            "STEPSTATUS",
            "CHECKPOINTDATA");

    /** More sites than SQL Server takes parameters in one statement. */
    private static final int SITES = 2_200;

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(SqlServerReadinessIT.class, DemoData.class);
    }

    @Inject
    private CaseSearch search;

    @Inject
    private SiteService sites;

    @Inject
    private Caller caller;

    @Inject
    private AccountService accounts;

    @Inject
    private SignInService signIns;

    @Test
    public void everyForeignKeyColumnLeadsAnIndex() throws SQLException {
        List<String> missing = new ArrayList<>();
        int keys = 0;
        try (Connection connection = DemoData.database().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            Set<String> generated = indexesTheDatabaseMadeForForeignKeys(connection);
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                if (BATCH_RUNTIME_TABLES.contains(table.toUpperCase(Locale.ROOT))) {
                    continue;
                }
                Set<String> leading = new HashSet<>();
                try (ResultSet rows = meta.getIndexInfo(null, schema, table, false, false)) {
                    while (rows.next()) {
                        String index = rows.getString("INDEX_NAME");
                        if (index != null
                                && rows.getShort("ORDINAL_POSITION") == 1
                                && !generated.contains(index.toUpperCase(Locale.ROOT))) {
                            leading.add(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                        }
                    }
                }
                try (ResultSet rows = meta.getImportedKeys(null, schema, table)) {
                    while (rows.next()) {
                        if (rows.getShort("KEY_SEQ") != 1) {
                            continue;
                        }
                        keys++;
                        String column = rows.getString("FKCOLUMN_NAME").toUpperCase(Locale.ROOT);
                        if (!leading.contains(column)) {
                            missing.add(table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT) + " ("
                                    + rows.getString("FK_NAME") + ")");
                        }
                    }
                }
            }
        }
        assertTrue(keys > 60, "the schema's foreign keys were read: " + keys);
        assertEquals(List.of(), missing, "foreign key columns no index leads with (SQL Server makes none for them)");
    }

    /**
     * H2 adds an index of its own for each foreign key no index serves; SQL Server never does, so
     * those do not count. (Indexes of primary keys and unique constraints exist on both.)
     */
    private static Set<String> indexesTheDatabaseMadeForForeignKeys(Connection connection) throws SQLException {
        Set<String> generated = new HashSet<>();
        if (!connection.getMetaData().getDatabaseProductName().startsWith("H2")) {
            return generated;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES"
                        + " WHERE IS_GENERATED AND INDEX_TYPE_NAME = 'INDEX'")) {
            while (rows.next()) {
                generated.add(rows.getString(1).toUpperCase(Locale.ROOT));
            }
        }
        return generated;
    }

    @Test
    public void aCompanyWithMoreSitesThanOneStatementTakesParametersListsEverything() throws SQLException {
        BigCompany company = BigCompany.create(SITES);
        try {
            long first = company.siteIds.get(0);
            long middle = company.siteIds.get(SITES / 2);
            long last = company.siteIds.get(SITES - 1);
            long onFirst = company.insertCase(first, "Pump one", 1L, null);
            long onMiddle = company.insertCase(middle, "Pump two", 2L, null);
            long onLast = company.insertCase(last, "Pump three", 1L, null);
            long closed = company.insertCase(last, "Pump four", 7L, null);

            caller.signIn(company.accountId);
            assertEquals(SITES, sites.visibleSites().size(), "every site, read in slices");
            SiteRow firstSite = sites.visibleSites().stream()
                    .filter(site -> site.id() == first)
                    .findFirst()
                    .orElseThrow();
            assertEquals(1, firstSite.open().openCases(), "open cases counted per slice of sites");
            assertEquals(SITES + 1, search.choices().getCustomers().size(), "the list's customer choices");

            for (Database.Dialect dialect : Database.Dialect.values()) {
                if (dialect == Database.Dialect.H2 && !isH2()) {
                    continue;
                }
                System.setProperty(Database.DIALECT_PROPERTY, dialect.propertyValue());
                try {
                    assertEquals(List.of(onLast, onMiddle, onFirst), numbers(new CaseFilter(), CaseSort.NEWEST_FIRST));
                    CaseFilter all = new CaseFilter();
                    all.setIncludeComplete(true);
                    for (CaseSort.Column column : CaseSort.Column.values()) {
                        for (boolean ascending : List.of(true, false)) {
                            CaseSort sort = new CaseSort(column, ascending);
                            List<Long> whole = numbers(all, sort);
                            assertEquals(
                                    Set.of(onFirst, onMiddle, onLast, closed),
                                    new HashSet<>(whole),
                                    dialect + " " + sort);
                            assertEquals(whole, pagedOn(all, sort), dialect + " " + sort + " in pages of 2");
                        }
                    }
                } finally {
                    System.clearProperty(Database.DIALECT_PROPERTY);
                }
            }

            caller.signIn(DemoData.accountId(TECHNICIAN));
            CaseFilter chosen = new CaseFilter();
            chosen.setCustomerId(company.companyId);
            assertEquals(List.of(onLast, onMiddle, onFirst), numbers(chosen, CaseSort.NEWEST_FIRST));
            assertEquals(
                    List.of(onLast, onFirst, onMiddle),
                    numbers(chosen, new CaseSort(CaseSort.Column.STATUS, true)),
                    "New before In progress, newest first within each");

            // Narrowed to chosen sites and none chosen: the contact sees no customer, only its own cases.
            company.sql("UPDATE contact SET all_sites = 0 WHERE id = ?", company.contactId);
            caller.signIn(company.accountId);
            assertEquals(List.of(), numbers(new CaseFilter(), CaseSort.NEWEST_FIRST), "an empty scope lists nothing");
            assertEquals(List.of(), sites.visibleSites());
            assertEquals(List.of(), search.choices().getCustomers());
            long own = company.insertCase(middle, "Pump five", 1L, company.contactId);
            caller.signIn(company.accountId);
            assertEquals(List.of(own), numbers(new CaseFilter(), CaseSort.NEWEST_FIRST), "its own case, on any site");
            assertEquals(List.of(own), numbers(new CaseFilter(), new CaseSort(CaseSort.Column.CUSTOMER, true)));
        } finally {
            company.delete();
        }
    }

    @Test
    public void aUsernameIsOneLoginHoweverItIsTyped() {
        long anna = DemoData.accountId(COMPANY_CONTACT);
        for (String typed : List.of("anna", "Anna", "ANNA", " aNNa ")) {
            assertEquals(
                    anna,
                    accounts.findSignIn(typed.strip())
                            .map(SignInDetails::accountId)
                            .orElseThrow(() -> new AssertionError(typed + " found no login")),
                    typed);
        }
        SignInDetails signedIn =
                signIns.signIn("Anna", PASSWORD.toCharArray(), null).orElseThrow(() -> new AssertionError("Anna"));
        assertEquals(anna, signedIn.accountId());
        assertEquals(COMPANY_CONTACT, signedIn.username(), "the login is named as it is kept, in lower case");
    }

    private static boolean isH2() {
        try (Connection connection = DemoData.database().getConnection()) {
            return connection.getMetaData().getDatabaseProductName().startsWith("H2");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Long> numbers(CaseFilter filter, CaseSort sort) {
        return numbers(search.search(filter, sort, 0, 50));
    }

    private List<Long> pagedOn(CaseFilter filter, CaseSort sort) {
        List<Long> paged = new ArrayList<>();
        CaseCursor after = null;
        int first = 0;
        do {
            CaseRows rows = search.search(filter, sort, first, 2, after);
            paged.addAll(numbers(rows));
            after = rows.next();
            first += 2;
        } while (after != null);
        return paged;
    }

    private static List<Long> numbers(CaseRows rows) {
        return rows.getRows().stream().map(CaseRow::getNumber).toList();
    }

    /** A company with thousands of sites and a contact on it, written straight into the database. */
    private static final class BigCompany {

        long companyId;
        long contactId;
        long accountId;
        final List<Long> siteIds = new ArrayList<>();
        final Set<Long> caseIds = new TreeSet<>();
        private final Map<String, long[]> blocks = new HashMap<>();

        static BigCompany create(int siteCount) throws SQLException {
            BigCompany company = new BigCompany();
            String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            try (Connection connection = DemoData.database().getConnection()) {
                company.companyId = company.next(connection, "customer_seq");
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (?, ?, ?, ?, 0)")) {
                    insert.setLong(1, company.companyId);
                    insert.setString(2, "BIG-" + tag);
                    insert.setString(3, "Big Chain " + tag);
                    insert.setObject(4, null);
                    insert.executeUpdate();
                    for (int i = 0; i < siteCount; i++) {
                        long id = company.next(connection, "customer_seq");
                        company.siteIds.add(id);
                        insert.setLong(1, id);
                        insert.setString(2, "BIG-" + tag + "-" + i);
                        insert.setString(3, String.format("Big Chain %s store %04d", tag, i));
                        insert.setLong(4, company.companyId);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                company.contactId = company.next(connection, "contact_seq");
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contact"
                        + " (id, customer_id, first_name, last_name, email, version) VALUES (?, ?, 'Bea', ?, ?, 0)")) {
                    insert.setLong(1, company.contactId);
                    insert.setLong(2, company.companyId);
                    insert.setString(3, "Big " + tag);
                    insert.setString(4, "bea." + tag + "@bigchain.example");
                    insert.executeUpdate();
                }
                company.accountId = company.next(connection, "user_account_seq");
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO user_account"
                        + " (id, username, role, display_name, contact_id, enabled, version)"
                        + " VALUES (?, ?, 'CUSTOMER', ?, ?, 1, 0)")) {
                    insert.setLong(1, company.accountId);
                    insert.setString(2, "bea" + tag);
                    insert.setString(3, "Bea Big " + tag);
                    insert.setLong(4, company.contactId);
                    insert.executeUpdate();
                }
            }
            return company;
        }

        /** A case on a customer with the given status, as the list reads it; its number. */
        long insertCase(long customerId, String summary, long statusId, Long raisedBy) throws SQLException {
            try (Connection connection = DemoData.database().getConnection()) {
                long id = next(connection, "service_case_seq");
                long number;
                try (Statement statement = connection.createStatement();
                        ResultSet value = statement.executeQuery("SELECT NEXT VALUE FOR case_number_seq")) {
                    value.next();
                    number = value.getLong(1);
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO service_case (id,"
                        + " case_number, customer_id, raised_by_contact_id, severity, severity_rank, summary,"
                        + " status_id, customer_status_id, complete, source, created_at, updated_at, version)"
                        + " VALUES (?, ?, ?, ?, 'LOW', 4, ?, ?, ?, ?, 'PORTAL', ?, ?, 0)")) {
                    Timestamp now = Timestamp.from(Instant.now());
                    insert.setLong(1, id);
                    insert.setLong(2, number);
                    insert.setLong(3, customerId);
                    insert.setObject(4, raisedBy);
                    insert.setString(5, summary);
                    insert.setLong(6, statusId);
                    insert.setLong(7, statusId);
                    insert.setBoolean(8, statusId >= 6);
                    insert.setTimestamp(9, now);
                    insert.setTimestamp(10, now);
                    insert.executeUpdate();
                }
                // written one after another: newest first is the reverse order (a higher id breaks a tie)
                caseIds.add(id);
                return number;
            }
        }

        void sql(String statement, Object... parameters) throws SQLException {
            try (Connection connection = DemoData.database().getConnection();
                    PreparedStatement update = connection.prepareStatement(statement)) {
                for (int i = 0; i < parameters.length; i++) {
                    update.setObject(i + 1, parameters[i]);
                }
                update.executeUpdate();
            }
        }

        /** Puts the database back as it was: the cases, the login, the contact and the customers. */
        void delete() throws SQLException {
            for (long caseId : caseIds) {
                sql("DELETE FROM service_case WHERE id = ?", caseId);
            }
            sql("DELETE FROM user_account WHERE id = ?", accountId);
            sql("DELETE FROM contact WHERE id = ?", contactId);
            sql("DELETE FROM customer WHERE parent_id = ?", companyId);
            sql("DELETE FROM customer WHERE id = ?", companyId);
        }

        /** An id of the table's sequence, as EclipseLink hands them out: value N stands for N-49 to N. */
        private long next(Connection connection, String sequence) throws SQLException {
            long[] block = blocks.get(sequence);
            if (block == null || block[0] > block[1]) {
                try (Statement statement = connection.createStatement();
                        ResultSet value = statement.executeQuery("SELECT NEXT VALUE FOR " + sequence)) {
                    value.next();
                    long last = value.getLong(1);
                    block = new long[] {last - 49, last};
                    blocks.put(sequence, block);
                }
            }
            return block[0]++;
        }
    }
}
