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
