package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.customers.imports.ContactImportService;
import com.serviceportal.customers.imports.ImportPreview;
import com.serviceportal.customers.imports.ImportProgress;
import com.serviceportal.customers.imports.ImportUpload;
import com.serviceportal.customers.imports.RejectedRow;
import com.serviceportal.jobs.contacts.ContactField;
import com.serviceportal.jobs.contacts.Problem;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contact import on the real server: a file where every rule is broken at least once (the preview
 * and the run reject exactly those rows, each with its reason, and import the others), a second import
 * of the same file updating instead of duplicating, a line manager named before its own row, files
 * in UTF-8 with a byte order mark and in Windows-1252 with semicolons and quoted multi-line values, and
 * a run stopped half-way that continues from its checkpoint.
 */
@ExtendWith(ArquillianExtension.class)
public class ContactImportIT {

    private static final String HEADER = "Title,First Name,Last Name,Email Address,Company,Department,"
            + "Primary Company Contact,Address 1,Address 2,City,State,Postcode,Country,Phone,Mobile,Username,"
            + "Custom1,Custom2,Custom3,Custom4,Custom5,Notes,Locale,Line Manager Username\r\n";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(ContactImportIT.class, DemoData.class, Await.class);
    }

    @Inject
    private ContactImportService imports;

    @Inject
    private Caller caller;

    @Test
    public void goodRowsImportAndEachBadRowIsReportedWithItsReasonInThePreviewAndTheRun() throws Exception {
        caller.signIn(DemoData.accountId(DemoData.ADMINISTRATOR));
        String p = "bad" + System.nanoTime() % 1_000_000 + "-";
        long field = customField("Cost centre " + p);
        String company = "Imported Fisheries " + p;
        String file = HEADER
                // 2: good, its line manager comes later in the file (line 4)
                + row(
                        "Ms",
                        "Lisa",
                        "Strand",
                        p + "lisa@fish.example",
                        company,
                        "Gdansk office",
                        "1",
                        "SE",
                        "sv",
                        p + "lisa",
                        p + "boss",
                        "CC-1")
                // 3: good, existing company of the demo, line manager from the database
                + row(
                        "",
                        "Olof",
                        "Ek",
                        p + "olof@fish.example",
                        "Nordic Foods AB",
                        "",
                        "0",
                        "Sweden",
                        "",
                        p + "olof",
                        "anna",
                        "")
                // 4: good, the line manager of line 2
                + row("", "Berit", "Boss", p + "boss@fish.example", company, "", "", "", "en", p + "boss", "", "")
                // 5: first name missing
                + row("", "", "Nameless", p + "x5@fish.example", company, "", "", "", "", p + "x5", "", "")
                // 6: e-mail without a domain
                + row("", "Eve", "Mail", "eve-at-fish", company, "", "", "", "", p + "x6", "", "")
                // 7: unknown country
                + row("", "Ann", "Atlantis", p + "x7@fish.example", company, "", "", "Atlantis", "", p + "x7", "", "")
                // 8: unknown locale
                + row("", "Dirk", "Deutsch", p + "x8@fish.example", company, "", "", "", "de", p + "x8", "", "")
                // 9: primary contact neither 0 nor 1
                + row("", "Pia", "Prim", p + "x9@fish.example", company, "", "yes", "", "", p + "x9", "", "")
                // 10: username already on line 2
                + row("", "Lars", "Twice", p + "x10@fish.example", company, "", "", "", "", p + "lisa", "", "")
                // 11: e-mail already on line 3
                + row("", "Olle", "Again", p + "olof@fish.example", company, "", "", "", "", p + "x11", "", "")
                // 12: username of a staff account
                + row("", "Tom", "Tech", p + "x12@fish.example", company, "", "", "", "", "tom", "", "")
                // 13: e-mail of a contact with another username (anna)
                + row("", "Anna", "Other", "anna.lind@nordicfoods.example", company, "", "", "", "", p + "x13", "", "")
                // 14: line manager nowhere
                + row(
                        "",
                        "Nils",
                        "Nomanager",
                        p + "x14@fish.example",
                        company,
                        "",
                        "",
                        "",
                        "",
                        p + "x14",
                        "nobody-" + p,
                        "")
                // 15: first name and postcode too long
                + longRow(p);

        ImportUpload upload = imports.upload("contacts.csv", file.getBytes(StandardCharsets.UTF_8));
        assertTrue(upload.headerLine(), "the template's headers are recognised");
        assertEquals(ContactField.CUSTOM_1, upload.mapping().get(16));
        ImportPreview preview = imports.preview(upload.importId(), upload.mapping(), true, true);

        Map<Integer, String> expected = Map.ofEntries(
                Map.entry(5, Problem.REQUIRED + " FIRST_NAME"),
                Map.entry(6, Problem.EMAIL + " EMAIL"),
                Map.entry(7, Problem.COUNTRY + " COUNTRY"),
                Map.entry(8, Problem.LOCALE + " LOCALE"),
                Map.entry(9, Problem.PRIMARY_CONTACT + " PRIMARY_CONTACT"),
                Map.entry(10, Problem.USERNAME_IN_FILE + " USERNAME"),
                Map.entry(11, Problem.EMAIL_IN_FILE + " EMAIL"),
                Map.entry(12, Problem.USERNAME_TAKEN + " USERNAME"),
                Map.entry(13, Problem.EMAIL_TAKEN + " EMAIL"),
                Map.entry(14, Problem.LINE_MANAGER + " LINE_MANAGER"),
                Map.entry(15, Problem.TOO_LONG + " FIRST_NAME, " + Problem.TOO_LONG + " POSTCODE"));
        assertEquals(expected, reasons(preview.rejected()));
        assertEquals(3, preview.creates());
        assertEquals(0, preview.updates());
        assertEquals(List.of(company), preview.newCompanies());
        assertEquals(List.of(company + " / Gdansk office"), preview.newDepartments());
        assertEquals(
                0, count("SELECT COUNT(*) FROM contact WHERE email LIKE ?", p + "%"), "the preview writes nothing");

        ImportProgress done = run(upload.importId());
        assertEquals(3, done.created());
        assertEquals(0, done.updated());
        assertEquals(11, done.rejected());
        assertEquals(14, done.done());
        assertEquals(
                expected, reasons(imports.rejectedRows(upload.importId())), "the run rejects what the preview did");

        long lisa = contactOf(p + "lisa");
        long boss = contactOf(p + "boss");
        assertEquals(
                boss, number("SELECT line_manager_id FROM contact WHERE id = ?", lisa), "manager later in the file");
        assertEquals(
                contactOf("anna"), number("SELECT line_manager_id FROM contact WHERE id = ?", contactOf(p + "olof")));
        assertEquals(
                "Gdansk office",
                text("SELECT c.name FROM customer c JOIN contact k ON k.customer_id = c.id" + " WHERE k.id = ?", lisa));
        assertEquals(
                company,
                text(
                        "SELECT p.name FROM customer c JOIN customer p ON c.parent_id = p.id"
                                + " JOIN contact k ON k.customer_id = c.id WHERE k.id = ?",
                        lisa));
        assertEquals(
                "SE|sv|true|Ms",
                text(
                                "SELECT country_code || '|' || language || '|' || primary_contact || '|'"
                                        + " || title FROM contact WHERE id = ?",
                                lisa)
                        .replace("TRUE", "true"));
        assertEquals(
                "CC-1",
                text("SELECT field_value FROM contact_field_value WHERE contact_id = ? AND field_id = " + field, lisa));
        assertEquals(
                DemoData.customerId("Nordic Foods AB"),
                number("SELECT customer_id FROM contact WHERE id = ?", contactOf(p + "olof")));
        assertNull(
                text("SELECT password_hash FROM user_account WHERE username = ?", p + "lisa"),
                "no password from the file: the invitation link gives the first one");
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM user_account WHERE enabled = TRUE AND username = ?", p + "lisa"),
                "web access given");
    }

    @Test
    public void importingTheSameFileAgainUpdatesTheContactsInsteadOfDuplicatingThem() throws Exception {
        caller.signIn(DemoData.accountId(DemoData.ADMINISTRATOR));
        String p = "again" + System.nanoTime() % 1_000_000 + "-";
        String company = "Repeat Ltd " + p;
        // Gun and Per name each other as line manager: a circle within one chunk.
        String first = HEADER
                + row(
                        "",
                        "Gun",
                        "Gran",
                        p + "gun@repeat.example",
                        company,
                        "",
                        "",
                        "",
                        "",
                        p + "gun",
                        p + "per@repeat.example",
                        "")
                + row("", "Per", "Poppel", p + "per@repeat.example", company, "", "", "", "", "", p + "gun", "");
        ImportProgress once = importAll(first, false);
        assertEquals(2, once.created());
        long gun = contactOf(p + "gun");
        long per = contactOf(p + "per@repeat.example");
        assertEquals(per, number("SELECT line_manager_id FROM contact WHERE id = ?", gun), "Gun's manager is Per");
        assertEquals(gun, number("SELECT line_manager_id FROM contact WHERE id = ?", per), "Per's manager is Gun");
        assertEquals(
                0,
                count("SELECT COUNT(*) FROM user_account WHERE enabled = TRUE AND username = ?", p + "gun"),
                "without web access the account stays closed");

        String second = HEADER
                + row("Dr", "Gun", "Gran-Ek", p + "gun@repeat.example", company, "", "", "", "", p + "gun", "", "")
                + row("", "Per", "Poppel", p + "per@repeat.example", company, "", "", "", "", "", "anna", "");
        ImportProgress again = importAll(second, true);
        assertEquals(0, again.created());
        assertEquals(2, again.updated());
        assertEquals(1, count("SELECT COUNT(*) FROM contact WHERE email = ?", p + "gun@repeat.example"));
        assertEquals("Gran-Ek", text("SELECT last_name FROM contact WHERE id = ?", contactOf(p + "gun")));
        assertEquals(
                contactOf("anna"),
                number("SELECT line_manager_id FROM contact WHERE id = ?", per),
                "the update names Per's new line manager");
        assertEquals(
                per,
                number("SELECT line_manager_id FROM contact WHERE id = ?", gun),
                "an empty line manager leaves Gun's as it was");
        assertEquals(1, count("SELECT COUNT(*) FROM customer WHERE name = ?", company), "the company is created once");
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM user_account WHERE enabled = TRUE AND username = ?",
                        p + "per@repeat.example"),
                "the username defaults to the e-mail address and the second import gives web access");
    }

    @Test
    public void utf8WithBomWindows1252WithSemicolonsAndQuotedMultiLineValuesAllImport() throws Exception {
        caller.signIn(DemoData.accountId(DemoData.ADMINISTRATOR));
        String p = "enc" + System.nanoTime() % 1_000_000 + "-";
        String semicolons = "Förnamn;Efternamn;E-post;Företag;Användarnamn;Notes\r\n" + "Åsa;Öberg;" + p
                + "asa@enc.example;Sjöfart AB " + p + ";" + p + "asa;\"Ring före 10; fråga efter\r\nlagret\"\r\n";
        ImportProgress windows = importAll(semicolons, Charset.forName("windows-1252"), "");
        assertEquals(1, windows.created(), "Windows-1252 with ; separators");
        assertEquals(
                "Åsa Öberg",
                text("SELECT first_name || ' ' || last_name FROM contact WHERE id = ?", contactOf(p + "asa")));
        assertEquals(
                "Ring före 10; fråga efter\r\nlagret",
                text("SELECT notes FROM contact WHERE id = ?", contactOf(p + "asa")));

        String bom = HEADER
                + row(
                        "",
                        "Jörg",
                        "Ångström",
                        p + "jorg@enc.example",
                        "Sjöfart AB " + p,
                        "",
                        "",
                        "Norge",
                        "",
                        p + "jorg",
                        "",
                        "\"Quoted, with comma\"");
        ImportProgress utf8 = importAll(bom, StandardCharsets.UTF_8, "\uFEFF");
        assertEquals(1, utf8.created(), "UTF-8 with a byte order mark");
        assertEquals(
                "Jörg Ångström|NO",
                text(
                        "SELECT first_name || ' ' || last_name || '|' || country_code" + " FROM contact WHERE id = ?",
                        contactOf(p + "jorg")));
        assertEquals(1, count("SELECT COUNT(*) FROM customer WHERE name = ?", "Sjöfart AB " + p));
    }

    @Test
    public void aRunStoppedAfterTwoChunksContinuesFromItsCheckpointWithoutDuplicates() throws Exception {
        caller.signIn(DemoData.accountId(DemoData.ADMINISTRATOR));
        String p = "stop" + System.nanoTime() % 1_000_000 + "-";
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 10; i++) {
            // each names the next as line manager, the last the first: half of them only after the restart
            file.append(row(
                    "",
                    "Stina" + i,
                    "Stopp",
                    p + i + "@stop.example",
                    "Stopp AB " + p,
                    "",
                    "",
                    "",
                    "",
                    p + i,
                    p + (i + 1) % 10,
                    ""));
        }
        ImportUpload upload = imports.upload("stop.csv", file.toString().getBytes(StandardCharsets.UTF_8));
        imports.preview(upload.importId(), upload.mapping(), true, false);
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        parameters.setProperty("importId", Long.toString(upload.importId()));
        parameters.setProperty("chunkSize", "2");
        parameters.setProperty("stopInStep", "rows");
        parameters.setProperty("stopAfterChunks", "2");

        long first = operator.start("contact-import", parameters);
        assertEquals(BatchStatus.STOPPED, await(operator, first));
        ImportProgress stopped = imports.progress(upload.importId());
        // The stop takes effect at the end of a chunk: the rows of the chunks done so far are in, not all.
        assertTrue(stopped.created() >= 4 && stopped.created() < 10, () -> stopped.created() + " created");
        assertEquals(stopped.created(), count("SELECT COUNT(*) FROM contact WHERE email LIKE ?", p + "%"));
        assertFalse(stopped.finished());

        Properties again = new Properties();
        again.setProperty("importId", Long.toString(upload.importId()));
        again.setProperty("chunkSize", "2");
        long second = operator.restart(first, again);
        assertEquals(BatchStatus.COMPLETED, await(operator, second));
        ImportProgress done = imports.progress(upload.importId());
        assertTrue(done.finished());
        assertEquals(10, done.created());
        assertEquals(10, done.done());
        assertEquals(10, count("SELECT COUNT(*) FROM contact WHERE email LIKE ?", p + "%"), "no row imported twice");
        assertEquals(
                10,
                count("SELECT COUNT(*) FROM contact WHERE line_manager_id IS NOT NULL AND email LIKE ?", p + "%"),
                "every line manager linked once all rows are in");
    }

    private static BatchStatus await(JobOperator operator, long execution) {
        return Await.until(
                () -> operator.getJobExecution(execution).getBatchStatus(),
                status -> status != BatchStatus.STARTING
                        && status != BatchStatus.STARTED
                        && status != BatchStatus.STOPPING,
                Duration.ofMinutes(1),
                "execution " + execution + " to end");
    }

    @Test
    public void onlyAnAdministratorFindsTheImport() {
        caller.signIn(DemoData.accountId(DemoData.TECHNICIAN));
        assertThrows(NotFoundException.class, () -> imports.template());
        caller.signIn(DemoData.accountId(DemoData.COMPANY_CONTACT));
        assertThrows(NotFoundException.class, () -> imports.upload("x.csv", HEADER.getBytes(StandardCharsets.UTF_8)));
    }

    private ImportProgress importAll(String file, boolean webAccess) {
        ImportUpload upload = imports.upload("contacts.csv", file.getBytes(StandardCharsets.UTF_8));
        imports.preview(upload.importId(), upload.mapping(), true, webAccess);
        return run(upload.importId());
    }

    private ImportProgress importAll(String file, Charset charset, String prefix) {
        ImportUpload upload = imports.upload("contacts.csv", (prefix + file).getBytes(charset));
        assertTrue(upload.mapping().stream().filter(field -> field != null).count() >= 5, upload::toString);
        imports.preview(upload.importId(), upload.mapping(), true, false);
        return run(upload.importId());
    }

    private ImportProgress run(long importId) {
        imports.start(importId);
        ImportProgress progress = Await.until(
                () -> imports.progress(importId),
                p -> p.finished() || p.failed(),
                Duration.ofMinutes(1),
                "the import to finish");
        assertTrue(progress.finished(), "the import job failed; see server.log");
        return progress;
    }

    private static Map<Integer, String> reasons(List<RejectedRow> rows) {
        return rows.stream().collect(Collectors.toMap(RejectedRow::line, row -> row.problems().stream()
                .map(problem -> problem.code() + " " + problem.field())
                .collect(Collectors.joining(", "))));
    }

    private static String row(
            String title,
            String first,
            String last,
            String email,
            String company,
            String department,
            String primary,
            String country,
            String locale,
            String username,
            String manager,
            String custom1) {
        return String.join(
                        ",",
                        title,
                        first,
                        last,
                        email,
                        quoted(company),
                        department,
                        primary,
                        "Storgatan 1",
                        "",
                        "Göteborg",
                        "",
                        "41101",
                        country,
                        "+46 31 123",
                        "",
                        username,
                        custom1,
                        "",
                        "",
                        "",
                        "",
                        "",
                        locale,
                        manager)
                + "\r\n";
    }

    private static String longRow(String p) {
        return String.join(
                        ",",
                        "",
                        "F".repeat(65),
                        "Long",
                        p + "x15@fish.example",
                        "Long AB",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "1".repeat(21),
                        "",
                        "",
                        "",
                        p + "x15",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "")
                + "\r\n";
    }

    private static String quoted(String value) {
        return value.contains(",") ? "\"" + value + "\"" : value;
    }

    private static long customField(String label) throws SQLException {
        long id = 900_000 + System.nanoTime() % 100_000;
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO contact_field (id, label, active,"
                        + " sort_order, version) VALUES (?, ?, TRUE, -1000, 0)")) {
            insert.setLong(1, id);
            insert.setString(2, label);
            insert.executeUpdate();
        }
        return id;
    }

    private static long contactOf(String username) throws SQLException {
        return number("SELECT contact_id FROM user_account WHERE username = ?", username);
    }

    private static long count(String sql, String parameter) throws SQLException {
        return number(sql, parameter);
    }

    private static long number(String sql, Object parameter) throws SQLException {
        String value = text(sql, parameter);
        return value == null ? -1 : Long.parseLong(value);
    }

    private static String text(String sql, Object parameter) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
