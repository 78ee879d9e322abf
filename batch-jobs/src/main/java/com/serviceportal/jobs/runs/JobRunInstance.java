package com.serviceportal.jobs.runs;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Notes in {@code job_run} which server instance runs this execution (a start and each restart are
 * executions of their own), before its first step, committed at once. When the execution ends, it
 * is counted by job and outcome and its duration timed by job, for monitoring.
 */
@Named
@Dependent
public class JobRunInstance extends AbstractJobListener {

    static final String RUNS = "portal_job_runs";
    static final String DURATION = "portal_job_duration";

    @Inject
    private JobContext job;

    @Inject
    private MetricRegistry metrics;

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

    @Override
    public void afterJob() {
        JobOperator operator = BatchRuntime.getJobOperator();
        Tag name = new Tag("job", job.getJobName());
        metrics.counter(RUNS, name, new Tag("outcome", outcome(operator))).inc();
        Date started = operator.getJobExecution(job.getExecutionId()).getStartTime();
        if (started != null) {
            metrics.timer(DURATION, name).update(Duration.between(started.toInstant(), Instant.now()));
        }
    }

    /**
     * How the execution ended: failed or stopped when the job or one of its steps did, completed
     * otherwise. The steps are asked too because the job's own status may not be final yet here.
     */
    private String outcome(JobOperator operator) {
        List<BatchStatus> statuses = new ArrayList<>();
        statuses.add(job.getBatchStatus());
        for (StepExecution step : operator.getStepExecutions(job.getExecutionId())) {
            statuses.add(step.getBatchStatus());
        }
        if (statuses.contains(BatchStatus.FAILED)) {
            return "failed";
        }
        if (statuses.contains(BatchStatus.STOPPED) || statuses.contains(BatchStatus.STOPPING)) {
            return "stopped";
        }
        return "completed";
    }
}
