package com.serviceportal.jobs;

import com.serviceportal.jobs.runs.JobRunInstance;
import com.serviceportal.security.Internal;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The nightly due times the instances have claimed, in {@code nightly_run} (V32): the due time is the
 * primary key, so of several instances claiming one due time exactly one INSERT succeeds.
 */
@Stateless
@Internal
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyClaims {

    private static final Logger LOG = Logger.getLogger(NightlyClaims.class.getName());

    @Resource(lookup = "jdbc/portal")
    private DataSource database;

    /** The latest due time any instance claimed or recorded; empty on a database that has none yet. */
    public Optional<LocalDateTime> latest() {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT MAX(due_at) FROM nightly_run");
                ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.ofNullable(rows.getObject(1, LocalDateTime.class)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the nightly runs", e);
        }
    }

    /**
     * Claims {@code due} for this instance, committed at once; {@code false} when another instance (or
     * an earlier tick) has it already, or when the database could not be asked, so the next tick tries
     * again.
     *
     * @param startsJobs whether the claimer starts the jobs for it, or only records where ticks start
     *     to count (see {@link NightlyTimer})
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(LocalDateTime due, boolean startsJobs) {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO nightly_run"
                        + " (due_at, instance_name, claimed_at, started_jobs) VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, due);
            insert.setString(2, JobRunInstance.serverInstance());
            insert.setObject(3, LocalDateTime.now());
            insert.setBoolean(4, startsJobs);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                // The expected answer on every instance but one.
                LOG.fine(() -> "Nightly due time " + due + " was claimed already");
            } else {
                LOG.log(Level.WARNING, "Could not claim nightly due time " + due + "; the next tick tries again", e);
            }
            return false;
        }
    }

    /** H2 throws the JDBC subclass; SQL Server's driver answers SQL state 23000 (class 23, integrity). */
    private static boolean isDuplicateKey(SQLException e) {
        return e instanceof SQLIntegrityConstraintViolationException
                || (e.getSQLState() != null && e.getSQLState().startsWith("23"));
    }
}
