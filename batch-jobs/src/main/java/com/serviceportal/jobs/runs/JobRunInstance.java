package com.serviceportal.jobs.runs;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Notes in {@code job_run} which server instance runs this execution (a start and each restart are
 * executions of their own), before its first step, committed at once.
 */
@Named
@Dependent
public class JobRunInstance extends AbstractJobListener {

    @Inject
    private JobContext job;

    /** The name of this server instance: "server" for a single domain, the instance's name in a group. */
    public static String serverInstance() {
        return System.getProperty("com.sun.aas.instanceName", "server");
    }

    @Override
    public void beforeJob() throws SQLException, NamingException {
        DataSource database = InitialContext.doLookup("jdbc/portal");
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO job_run"
                        + " (execution_id, job_name, server_instance, started_at) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, job.getExecutionId());
            insert.setString(2, job.getJobName());
            insert.setString(3, serverInstance());
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }
}
