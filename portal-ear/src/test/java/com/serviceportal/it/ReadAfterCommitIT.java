package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A query that a connection of the portal's pool asks again answers the rows as another connection
 * committed them meanwhile. The H2 that Payara ships (2.2) counted a commit as a change just before the
 * commit itself: a query that ran in between kept the old rows as its valid last result, and answered
 * them again until the next write. A project saved at the same moment as another member's refused save
 * then showed its old objectives (decision 0064). The window is short, so the test commits many times
 * while the other connection asks without pause, and checks each answer asked after a commit.
 */
@ExtendWith(ArquillianExtension.class)
public class ReadAfterCommitIT {

    private static final String PACKING_LINE = "NF-P-2602";
    private static final int COMMITS = 3_000;

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(ReadAfterCommitIT.class);
    }

    @Test
    public void aQueryAskedAgainAfterAnotherConnectionsCommitAnswersTheCommittedRows() throws Exception {
        DataSource portal = InitialContext.doLookup("jdbc/portal");
        try (Connection writer = portal.getConnection();
                Connection reader = portal.getConnection();
                PreparedStatement name = reader.prepareStatement("SELECT name FROM project WHERE project_number = ?")) {
            String before = name(name);
            AtomicInteger committed = new AtomicInteger();
            AtomicInteger readAfter = new AtomicInteger();
            AtomicBoolean done = new AtomicBoolean();
            // asks without pause; notes the newest commit it has read after, and any older name it got
            CompletableFuture<String> asking = CompletableFuture.supplyAsync(() -> {
                try {
                    while (!done.get()) {
                        int newest = committed.get();
                        String seen = name(name);
                        int number =
                                seen.equals(before) ? 0 : Integer.parseInt(seen.substring(seen.lastIndexOf('#') + 1));
                        if (number < newest) {
                            return "after commit " + newest + " the query answered " + seen;
                        }
                        readAfter.set(newest);
                    }
                    return null;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.setAutoCommit(false);
            try {
                for (int i = 1; i <= COMMITS && !asking.isDone(); i++) {
                    rename(writer, before + " #" + i);
                    writer.commit();
                    committed.set(i);
                    // the next write changes what counts as changed: first let a read after this commit run
                    while (readAfter.get() < i && !asking.isDone()) {
                        Thread.onSpinWait();
                    }
                }
                done.set(true);
                assertNull(asking.get(60, TimeUnit.SECONDS), "each name asked for after a commit");
                assertEquals(COMMITS, readAfter.get(), "every commit was read after");
            } finally {
                done.set(true);
                asking.get(60, TimeUnit.SECONDS);
                writer.rollback();
                rename(writer, before);
                writer.commit();
                writer.setAutoCommit(true);
            }
        }
    }

    private static String name(PreparedStatement query) throws SQLException {
        query.setString(1, PACKING_LINE);
        try (ResultSet row = query.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    private static void rename(Connection writer, String name) throws SQLException {
        try (PreparedStatement update =
                writer.prepareStatement("UPDATE project SET name = ? WHERE project_number = ?")) {
            update.setString(1, name);
            update.setString(2, PACKING_LINE);
            update.executeUpdate();
        }
    }
}
