package com.serviceportal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.serviceportal.it.Await;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both instances send from the one outbox; each message is claimed by one of them and goes out once. */
public class OutboxClusterIT {

    private static final int MESSAGES = 60;
    /** Far above the ids the application hands out, so the test's rows never meet its own. */
    private static final long FIRST_ID = 2_000_000_000L;

    private GreenMail smtp;

    @BeforeEach
    void startMailServer() throws SQLException {
        smtp = new GreenMail(new ServerSetup(Cluster.smtpPort(), "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        removeTestMessages();
    }

    @AfterEach
    void stopMailServer() throws SQLException {
        removeTestMessages();
        smtp.stop();
    }

    @Test
    public void everyMessageGoesOutExactlyOnceWithBothInstancesSending() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        try (Connection db = Cluster.database();
                PreparedStatement insert = db.prepareStatement("INSERT INTO outbox_message"
                        + " (id, recipient, subject, body, created_at, attempts, next_attempt_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, 0, ?, 0)")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < MESSAGES; i++) {
                insert.setLong(1, FIRST_ID + i);
                insert.setString(2, "desk-" + (i % 3) + "@example.com");
                insert.setString(3, "Outbox " + run + " #" + i);
                insert.setString(4, "Message " + i + " of the outbox test.");
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }

        awaitAllSent(Duration.ofSeconds(90));
        Map<String, Integer> received = new TreeMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.merge(subject(message), 1, Integer::sum);
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            expected.add("Outbox " + run + " #" + i);
        }
        Map<String, Integer> once = new TreeMap<>();
        expected.forEach(subject -> once.put(subject, 1));
        received.keySet().retainAll(expected);
        assertEquals(once, received, "each message arrived once, none twice");
    }

    private static void awaitAllSent(Duration patience) {
        Await.until(OutboxClusterIT::unsent, unsent -> unsent == 0, patience, "every test message sent");
    }

    private static int unsent() {
        try (Connection db = Cluster.database();
                PreparedStatement query =
                        db.prepareStatement("SELECT COUNT(*) FROM outbox_message WHERE id >= ? AND sent_at IS NULL")) {
            query.setLong(1, FIRST_ID);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void removeTestMessages() throws SQLException {
        try (Connection db = Cluster.database();
                PreparedStatement delete = db.prepareStatement("DELETE FROM outbox_message WHERE id >= ?")) {
            delete.setLong(1, FIRST_ID);
            delete.executeUpdate();
        }
    }
}
