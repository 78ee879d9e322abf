package com.serviceportal.jobs.contacts;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Points the import at the execution that now runs it, whoever started or continued it (the import
 * page, or "Continue" on the jobs screen), so the import page follows the latest run.
 */
@Named
@Dependent
public class ContactImportExecution extends AbstractJobListener {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Inject
    private JobContext job;

    @Override
    public void beforeJob() throws SQLException {
        try (Connection connection = ImportDatabase.connect();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE contact_import SET execution_id = ?, version = version + 1 WHERE id = ?")) {
            update.setLong(1, job.getExecutionId());
            update.setLong(2, Long.parseLong(importId.strip()));
            update.executeUpdate();
        }
    }
}
