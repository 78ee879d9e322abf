package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.customers.imports.ContactImportService;
import com.serviceportal.customers.imports.ImportPreview;
import com.serviceportal.customers.imports.ImportProgress;
import com.serviceportal.customers.imports.ImportUpload;
import com.serviceportal.customers.imports.RejectedRow;
import com.serviceportal.jobs.contacts.ContactFieldRules;
import com.serviceportal.jobs.contacts.Problem;
import com.serviceportal.security.Caller;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One set of field rules: the columns hold exactly what {@link ContactFieldRules} allows (those that
 * keep a copy of a person's name too), a row the import's preview accepts is written by the job (two
 * names of 64 characters, which once failed their whole chunk), a row too long is refused by both,
 * and a row the database refuses for a reason of its own becomes a rejected row of the run, while
 * the rest of its chunk is imported.
 */
@ExtendWith(ArquillianExtension.class)
public class FieldRulesIT {

    private static final String HEADER = "First Name,Last Name,Email Address,Company,Username\r\n";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(FieldRulesIT.class, DemoData.class, Await.class);
    }

    @Inject
    private ContactImportService imports;

    @Inject
    private Caller caller;

    @Test
    public void theColumnsHoldExactlyWhatTheRulesAllow() throws SQLException {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("contact.title", ContactFieldRules.TITLE);
        expected.put("contact.first_name", ContactFieldRules.FIRST_NAME);
        expected.put("contact.last_name", ContactFieldRules.LAST_NAME);
        expected.put("contact.email", ContactFieldRules.EMAIL);
        expected.put("contact.address_line1", ContactFieldRules.ADDRESS_LINE);
        expected.put("contact.address_line2", ContactFieldRules.ADDRESS_LINE);
        expected.put("contact.city", ContactFieldRules.CITY);
        expected.put("contact.state_region", ContactFieldRules.STATE_REGION);
        expected.put("contact.postcode", ContactFieldRules.POSTCODE);
        expected.put("contact.phone", ContactFieldRules.PHONE);
        expected.put("contact.mobile", ContactFieldRules.PHONE);
        expected.put("contact.notes", ContactFieldRules.NOTES);
        expected.put("user_account.username", ContactFieldRules.USERNAME);
        expected.put("user_account.display_name", ContactFieldRules.DISPLAY_NAME);
        // where a person's name is copied as it was at the time
        for (String copy : List.of(
                "service_case.updated_by",
                "tracking_note.author_name",
                "case_file.uploaded_by",
                "case_change.changed_by",
                "fault_report.decided_by",
                "equipment_move.moved_by",
                "fault_code_import.uploaded_by",
                "document.uploaded_by",
                "knowledge_article.author",
                "knowledge_revision.edited_by",
                "knowledge_article_image.uploaded_by")) {
            expected.put(copy, ContactFieldRules.DISPLAY_NAME);
        }
        expected.put("user_account.email", ContactFieldRules.EMAIL);
        expected.put("customer.name", ContactFieldRules.CUSTOMER_NAME);
        expected.put("customer.address_line1", ContactFieldRules.ADDRESS_LINE);
        expected.put("customer.city", ContactFieldRules.CITY);
        expected.put("customer.postcode", ContactFieldRules.POSTCODE);
        expected.put("contact_field_value.field_value", ContactFieldRules.CUSTOM_FIELD_VALUE);
        Map<String, Integer> actual = new LinkedHashMap<>();
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT CHARACTER_MAXIMUM_LENGTH"
                        + " FROM INFORMATION_SCHEMA.COLUMNS WHERE UPPER(TABLE_NAME) = ? AND UPPER(COLUMN_NAME) = ?")) {
            for (String column : expected.keySet()) {
                String[] parts = column.toUpperCase(Locale.ROOT).split("\\.");
                query.setString(1, parts[0]);
                query.setString(2, parts[1]);
                try (ResultSet row = query.executeQuery()) {
                    actual.put(column, row.next() ? row.getInt(1) : null);
                }
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    public void aRowThePreviewAcceptsIsImportedAndOneTooLongIsRejectedByBoth() throws Exception {
        caller.signIn(DemoData.accountId(DemoData.ADMINISTRATOR));
        String p = "rules" + System.nanoTime() % 1_000_000 + "-";
        String first = "F".repeat(ContactFieldRules.FIRST_NAME);
        String last = "L".repeat(ContactFieldRules.LAST_NAME);
        String file = HEADER
                + row(first, last, p + "long@rules.example", p + "long")
                + row("F".repeat(ContactFieldRules.FIRST_NAME + 1), "Longer", p + "longer@rules.example", p + "longer")
                + row("Kim", "Kort", p + "short@rules.example", p + "short");

        ImportUpload upload = imports.upload("rules.csv", file.getBytes(StandardCharsets.UTF_8));
        ImportPreview preview = imports.preview(upload.importId(), upload.mapping(), true, false);
        assertEquals(Map.of(3, Problem.TOO_LONG + " FIRST_NAME"), reasons(preview.rejected()));
        assertEquals(2, preview.creates());

        ImportProgress done = run(upload.importId());
        assertEquals(2, done.created(), "every row the preview accepted is written");
        assertEquals(1, done.rejected());
        assertEquals(Map.of(3, Problem.TOO_LONG + " FIRST_NAME"), reasons(imports.rejectedRows(upload.importId())));
        assertEquals(first + " " + last, text("SELECT display_name FROM user_account WHERE username = ?", p + "long"));
    }

    @Test
    public void aRowTheDatabaseRefusesBecomesARejectedRowAndTheRestOfItsChunkIsImported() throws Exception {
        caller.signIn(DemoData.accountId(DemoData.ADMINISTRATOR));
        String p = "refused" + System.nanoTime() % 1_000_000;
        // A rule only the database knows, as a case-insensitive collation or a DBA's constraint would be.
        execute("ALTER TABLE contact ADD CONSTRAINT it_refused_" + p + " CHECK (last_name <> '" + p + "')");
        try {
            String file = HEADER
                    + row("Ada", "Before", p + "-a@rules.example", p + "-a")
                    + row("Bo", p, p + "-b@rules.example", p + "-b")
                    + row("Cid", "After", p + "-c@rules.example", p + "-c");
            ImportUpload upload = imports.upload("refused.csv", file.getBytes(StandardCharsets.UTF_8));
            ImportPreview preview = imports.preview(upload.importId(), upload.mapping(), true, false);
            assertEquals(3, preview.creates(), "the preview cannot know the database's own rule");

            ImportProgress done = run(upload.importId());
            assertEquals(2, done.created(), "the rows around the refused one are imported");
            assertEquals(1, done.rejected());
            assertEquals(3, done.done());
            List<RejectedRow> rejected = imports.rejectedRows(upload.importId());
            assertEquals(Map.of(3, Problem.REFUSED + " null"), reasons(rejected));
            String reason = rejected.get(0).problems().get(0).detail();
            assertTrue(reason != null && reason.toUpperCase(Locale.ROOT).contains("IT_REFUSED"), reason);
            assertEquals(
                    2,
                    number("SELECT COUNT(*) FROM contact WHERE email LIKE ?", p + "-%"),
                    "nothing of the refused row is left");
            assertEquals(0, number("SELECT COUNT(*) FROM user_account WHERE username = ?", p + "-b"));
        } finally {
            execute("ALTER TABLE contact DROP CONSTRAINT it_refused_" + p);
        }
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

    private static String row(String first, String last, String email, String username) {
        return String.join(",", first, last, email, "Rules AB", username) + "\r\n";
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long number(String sql, String parameter) throws SQLException {
        return Long.parseLong(text(sql, parameter));
    }

    private static String text(String sql, String parameter) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
