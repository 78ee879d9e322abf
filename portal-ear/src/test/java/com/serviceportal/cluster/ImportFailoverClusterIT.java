package com.serviceportal.cluster;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.browser.Browser;
import com.serviceportal.browser.CaseListPage;
import com.serviceportal.browser.ContactImportPage;
import com.serviceportal.browser.SignInPage;
import com.serviceportal.it.Await;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * A contact import whose instance dies: the other instance notices the silence, marks the run
 * interrupted, and "Continue import" there finishes it with every row of the file once.
 */
public class ImportFailoverClusterIT {

    private static final int ROWS = 100_000;

    /** The import's file, removed after the test. */
    @TempDir
    private Path folder;

    @Test
    public void anImportWhoseInstanceIsKilledIsContinuedOnTheOtherToEveryRowOnce() throws Exception {
        String prefix = "cl" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-";
        Path file = contactsFile(folder.resolve(prefix + "contacts.csv"), prefix);
        String runner = null;
        try (Browser browser = Browser.open(Cluster.balancer(), "en")) {
            SignInPage.open(browser).signIn(ADMINISTRATOR, PASSWORD);
            new CaseListPage(browser);
            ContactImportPage page =
                    ContactImportPage.open(browser).upload(file).preview();
            assertTrue(
                    page.previewSummary().contains("Contacts to create: " + String.format("%,d", ROWS))
                            || page.previewSummary().contains("Contacts to create: " + ROWS),
                    page::previewSummary);
            page.start();
            runner = browser.driver()
                    .manage()
                    .getCookieNamed(Cluster.INSTANCE_COOKIE)
                    .getValue();
            long importId = importOf(file);
            Await.until(() -> doneRows(importId), done -> done >= 5_000, Duration.ofMinutes(3), "the import under way");

            Cluster.killInstance(runner);
            Instant killed = Instant.now();
            int doneAtKill = doneRows(importId);
            assertTrue(doneAtKill < ROWS, "the instance died before the end: " + doneAtKill);

            ContactImportPage interrupted = Await.until(
                    () -> ContactImportPage.open(browser),
                    p -> !browser.driver()
                            .findElements(By.cssSelector(".import-failure"))
                            .isEmpty(),
                    Duration.ofMinutes(4),
                    "the other instance to mark the run interrupted");
            System.out.println("Marked interrupted "
                    + Duration.between(killed, Instant.now()).toSeconds() + " s after the kill of " + runner);
            assertTrue(interrupted.failure().contains("interrupted"), interrupted::failure);
            interrupted.resume();
            assertTrue(
                    !runner.equals(browser.driver()
                            .manage()
                            .getCookieNamed(Cluster.INSTANCE_COOKIE)
                            .getValue()),
                    "continued on the other instance");

            Await.until(() -> doneRows(importId), done -> done == ROWS, Duration.ofMinutes(5), "every row done");
            Await.until(() -> status(importId), "DONE"::equals, Duration.ofMinutes(1), "the import done");
            assertEquals(
                    ROWS + " " + ROWS + " " + ROWS,
                    contacts(prefix),
                    "contacts, distinct e-mail addresses and accounts: each row once");
        } finally {
            if (runner != null) {
                Cluster.startInstance(runner);
            }
        }
    }

    private static Path contactsFile(Path file, String prefix) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("First Name,Last Name,Email Address,Company,Username,City\r\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("Klara,Kluster" + i + "," + prefix + i + "@cluster.example,Kluster AB " + prefix + ","
                        + prefix + i + ",Luleå\r\n");
            }
        }
        return file;
    }

    private static long importOf(Path file) throws SQLException {
        return query(
                "SELECT MAX(id) FROM contact_import WHERE file_name = ?",
                file.getFileName().toString());
    }

    private static int doneRows(long importId) {
        try {
            return (int) query("SELECT done_rows FROM contact_import WHERE id = ?", importId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String status(long importId) {
        try (Connection db = Cluster.database();
                PreparedStatement select = db.prepareStatement("SELECT status FROM contact_import WHERE id = ?")) {
            select.setLong(1, importId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String contacts(String prefix) throws SQLException {
        try (Connection db = Cluster.database();
                PreparedStatement query = db.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT c.email),"
                        + " (SELECT COUNT(*) FROM user_account a WHERE a.username LIKE ?)"
                        + " FROM contact c WHERE c.email LIKE ?")) {
            query.setString(1, prefix + "%");
            query.setString(2, prefix + "%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) + " " + row.getLong(2) + " " + row.getLong(3);
            }
        }
    }

    private static long query(String sql, Object parameter) throws SQLException {
        try (Connection db = Cluster.database();
                PreparedStatement select = db.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
