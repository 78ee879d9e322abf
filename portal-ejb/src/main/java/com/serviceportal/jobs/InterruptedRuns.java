package com.serviceportal.jobs;

import com.serviceportal.jobs.runs.JobRunInstance;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the batch runs a dead server left behind as interrupted, so they can be continued. A run
 * whose server process dies (a crash, {@code kill -9}, a power cut) stays STARTED in the job
 * repository for ever: nothing would end it, the running-job guard would refuse to start its job again,
 * and Jakarta Batch restarts only runs that ended. Each run notes the instance it runs on
 * ({@code job_run}, by {@link JobRunInstance}); at start-up an instance marks the unfinished runs of
 * its own previous life (created before this process started), and every minute any instance marks
 * those of instances that stopped saying they are alive ({@code server_instance}), so a cluster never
 * marks a run another living instance is working on.
 *
 * <p>Interrupted runs become FAILED with the exit status {@value #EXIT_STATUS}, written into the job
 * repository's tables, because the job operator refuses to abandon a run it believes is running (and an
 * abandoned run could not be continued). A restart goes on from the last committed checkpoint.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterruptedRuns {

    /** The exit status of a run marked interrupted; the jobs screen shows it as its status. */
    public static final String EXIT_STATUS = "INTERRUPTED";

    /**
     * How long an instance may stay silent before its unfinished runs count as interrupted: five
     * minutes, or {@code portal.jobs.silent-after} seconds (the cluster tests take less; more than the
     * minute between two "still alive" notes, or a living instance would lose its runs).
     */
    static final Duration SILENT_FOR = Duration.ofSeconds(ConfigProvider.getConfig()
            .getOptionalValue("portal.jobs.silent-after", Long.class)
            .orElse(300L));

    private static final Logger LOG = Logger.getLogger(InterruptedRuns.class.getName());
    private static final String UNFINISHED = "('STARTING', 'STARTED', 'STOPPING')";

    @Resource(lookup = "jdbc/portal")
    private DataSource database;

    private final String instance = JobRunInstance.serverInstance();
    private final Instant processStarted =
            Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    @PostConstruct
    void atStartUp() {
        try (Connection connection = database.getConnection()) {
            stillAlive(connection, true);
            mark(connection, ownBeforeThisProcess(connection));
            mark(connection, ofSilentInstances(connection));
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not look for interrupted job runs", e);
        }
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        try (Connection connection = database.getConnection()) {
            stillAlive(connection, false);
            mark(connection, ofSilentInstances(connection));
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not look for interrupted job runs", e);
        }
    }

    private void stillAlive(Connection connection, boolean starting) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement update = connection.prepareStatement(
                starting
                        ? "UPDATE server_instance SET started_at = ?, seen_at = ? WHERE name = ?"
                        : "UPDATE server_instance SET seen_at = ? WHERE name = ?")) {
            int index = 1;
            if (starting) {
                update.setTimestamp(index++, Timestamp.from(processStarted));
            }
            update.setTimestamp(index++, now);
            update.setString(index, instance);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO server_instance (name, started_at, seen_at) VALUES (?, ?, ?)")) {
            insert.setString(1, instance);
            insert.setTimestamp(2, Timestamp.from(processStarted));
            insert.setTimestamp(3, now);
            insert.executeUpdate();
        }
    }

    /** This instance's unfinished runs created before this process: its previous life's. */
    private List<Long> ownBeforeThisProcess(Connection connection) throws SQLException {
        return unfinished(
                connection,
                "SELECT e.jobexecid FROM EXECUTIONINSTANCEDATA e JOIN job_run r ON r.execution_id = e.jobexecid"
                        + " WHERE e.batchstatus IN " + UNFINISHED + " AND r.server_instance = ? AND e.createtime < ?",
                instance,
                Timestamp.from(processStarted));
    }

    /**
     * Unfinished runs of other instances silent for {@link #SILENT_FOR}, and runs that never reached
     * their first step in that time (their launcher died before the run noted its instance).
     */
    private List<Long> ofSilentInstances(Connection connection) throws SQLException {
        Timestamp silentSince = Timestamp.from(Instant.now().minus(SILENT_FOR));
        return unfinished(
                connection,
                "SELECT e.jobexecid FROM EXECUTIONINSTANCEDATA e LEFT JOIN job_run r ON r.execution_id = e.jobexecid"
                        + " LEFT JOIN server_instance s ON s.name = r.server_instance"
                        + " WHERE e.batchstatus IN " + UNFINISHED + " AND ((r.execution_id IS NOT NULL"
                        + " AND r.server_instance <> ? AND (s.name IS NULL OR s.seen_at < ?))"
                        + " OR (r.execution_id IS NULL AND e.createtime < ?))",
                instance,
                silentSince,
                silentSince);
    }

    private static List<Long> unfinished(Connection connection, String sql, Object... parameters) throws SQLException {
        List<Long> executions = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    executions.add(rows.getLong(1));
                }
            }
        } catch (SQLException noRepositoryYet) {
            // The batch runtime creates its tables when the first job runs; before that nothing ran.
            LOG.log(Level.FINE, "No job repository to look into yet", noRepositoryYet);
        }
        return executions;
    }

    private static void mark(Connection connection, List<Long> executions) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        for (long execution : executions) {
            try (PreparedStatement run = connection.prepareStatement("UPDATE EXECUTIONINSTANCEDATA"
                            + " SET batchstatus = 'FAILED', exitstatus = ?, endtime = ?, updatetime = ?"
                            + " WHERE jobexecid = ? AND batchstatus IN " + UNFINISHED);
                    PreparedStatement steps = connection.prepareStatement("UPDATE STEPEXECUTIONINSTANCEDATA"
                            + " SET batchstatus = 'FAILED', exitstatus = ?, endtime = ?"
                            + " WHERE jobexecid = ? AND batchstatus IN " + UNFINISHED)) {
                run.setString(1, EXIT_STATUS);
                run.setTimestamp(2, now);
                run.setTimestamp(3, now);
                run.setLong(4, execution);
                if (run.executeUpdate() == 0) {
                    continue;
                }
                steps.setString(1, EXIT_STATUS);
                steps.setTimestamp(2, now);
                steps.setLong(3, execution);
                steps.executeUpdate();
            }
            LOG.warning(() -> "Job execution " + execution + " was left unfinished by a server that stopped;"
                    + " marked interrupted, it can be continued from its last checkpoint");
        }
    }
}
