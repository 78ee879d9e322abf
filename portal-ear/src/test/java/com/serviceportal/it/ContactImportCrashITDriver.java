package com.serviceportal.it;

import com.serviceportal.customers.imports.ContactImportService;
import com.serviceportal.customers.imports.ImportProgress;
import com.serviceportal.customers.imports.ImportUpload;
import com.serviceportal.jobs.NightlyJob;
import com.serviceportal.jobs.NightlyJobs;
import com.serviceportal.security.Caller;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * Test-only servlet of {@link ContactImportCrashIT}, deployed on the test's own server, which the test
 * kills: as the administrator, writes a file of generated contacts and starts its import (the upload,
 * preview and start the import page does), reports its progress, the contact-import runs of the jobs
 * screen and the contacts in the database, and continues the import.
 */
@WebServlet("/it/contact-import-crash/*")
public class ContactImportCrashITDriver extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ContactImportService imports;

    @Inject
    private transient NightlyJobs jobs;

    @Inject
    private transient Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doPost(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        caller.signIn(DemoData.accountId(DemoData.ADMINISTRATOR));
        String answer;
        try {
            answer = switch (request.getPathInfo()) {
                case "/start" -> start(request.getParameter("prefix"), Integer.parseInt(request.getParameter("rows")));
                case "/progress" -> progress(Long.parseLong(request.getParameter("import")));
                case "/unfinished" -> imports.unfinished().map(Object::toString).orElse("");
                case "/runs" -> runs();
                case "/continue" -> {
                    imports.resume(Long.parseLong(request.getParameter("import")));
                    yield "ok";
                }
                case "/contacts" -> contacts(request.getParameter("prefix"));
                case "/rows" ->
                    rowsNotOnce(
                            Long.parseLong(request.getParameter("import")),
                            request.getParameter("prefix"),
                            Integer.parseInt(request.getParameter("rows")));
                default -> throw new IllegalArgumentException(request.getPathInfo());
            };
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(answer);
    }

    private String start(String prefix, int rows) {
        StringBuilder file = new StringBuilder("First Name,Last Name,Email Address,Company,Username,City\r\n");
        for (int i = 0; i < rows; i++) {
            file.append("Krister,Krasch")
                    .append(i)
                    .append(',')
                    .append(prefix)
                    .append(i)
                    .append("@crash.example,Krasch AB ")
                    .append(prefix)
                    .append(',')
                    .append(prefix)
                    .append(i)
                    .append(",Kiruna\r\n");
        }
        ImportUpload upload = imports.upload("crash.csv", file.toString().getBytes(StandardCharsets.UTF_8));
        imports.preview(upload.importId(), upload.mapping(), true, false);
        imports.start(upload.importId());
        return Long.toString(upload.importId());
    }

    /** done created rejected finished failed interrupted */
    private String progress(long importId) {
        ImportProgress p = imports.progress(importId);
        return p.done() + " " + p.created() + " " + p.rejected() + " " + p.finished() + " " + p.failed() + " "
                + p.interrupted();
    }

    /** One line per contact-import run, newest first: execution id, status, restartable. */
    private String runs() {
        return jobs.runs().stream()
                .filter(run -> run.job() == NightlyJob.CONTACT_IMPORT)
                .map(run -> run.executionId() + " " + run.status() + " " + run.restartable())
                .collect(Collectors.joining("\n"));
    }

    /**
     * The rows of the file (row i has the e-mail address and username prefix + i) that are not in once as
     * a new contact with its account: those missing or in twice, those the import updated (a version above
     * 0) and those it rejected, with the database's reason; empty when every row is in once.
     */
    private static String rowsNotOnce(long importId, String prefix, int rows) throws SQLException {
        int[] contacts = new int[rows];
        int[] accounts = new int[rows];
        List<Integer> updated = new ArrayList<>();
        try (Connection connection = DemoData.database().getConnection()) {
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT email, version FROM contact WHERE email LIKE ?")) {
                query.setString(1, prefix + "%");
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        int i = rowOf(row.getString(1), prefix);
                        contacts[i]++;
                        if (row.getLong(2) > 0) {
                            updated.add(i);
                        }
                    }
                }
            }
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT username FROM user_account WHERE username LIKE ?")) {
                query.setString(1, prefix + "%");
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        accounts[rowOf(row.getString(1), prefix)]++;
                    }
                }
            }
            List<String> report = new ArrayList<>();
            report.add(rowsWhere(contacts, n -> n == 0, "no contact"));
            report.add(rowsWhere(contacts, n -> n > 1, "more than one contact"));
            report.add(rowsWhere(accounts, n -> n != 1, "not one account"));
            if (!updated.isEmpty()) {
                Collections.sort(updated);
                report.add("updated, not created: rows " + updated);
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT line_no, problem, detail"
                    + " FROM contact_import_problem WHERE import_id = ? ORDER BY line_no")) {
                query.setLong(1, importId);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        // the file's line 1 is its header, so row i is on line i + 2
                        report.add("rejected: row " + (row.getInt(1) - 2) + " " + row.getString(2) + " "
                                + row.getString(3));
                    }
                }
            }
            return report.stream().filter(line -> !line.isEmpty()).collect(Collectors.joining("; "));
        }
    }

    private static int rowOf(String emailOrUsername, String prefix) {
        String rest = emailOrUsername.substring(prefix.length());
        int end = rest.indexOf('@');
        return Integer.parseInt(end < 0 ? rest : rest.substring(0, end));
    }

    private static String rowsWhere(int[] counts, IntPredicate wrong, String what) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (wrong.test(counts[i])) {
                rows.add(i + (counts[i] > 1 ? " (" + counts[i] + ")" : ""));
            }
        }
        if (rows.isEmpty()) {
            return "";
        }
        return what + ": " + rows.size() + " rows " + (rows.size() > 20 ? rows.subList(0, 20) + "..." : rows);
    }

    /** Contacts of the file, their distinct e-mail addresses and their accounts. */
    private static String contacts(String prefix) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT c.email),"
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
}
