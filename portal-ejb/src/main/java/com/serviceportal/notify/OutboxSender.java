package com.serviceportal.notify;

import com.serviceportal.security.Internal;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Delivers the outbox. Every instance of a cluster runs its own non-persistent timer; a message is
 * sent only by the instance that claimed it, so running on several instances sends nothing twice
 * and goes on when one of them stops.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Internal
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    /** Messages sent per tick; the rest wait for the next one, so a tick never runs for long. */
    private static final int BATCH = 50;

    static final String BACKLOG = "portal_outbox_backlog";
    static final String OLDEST = "portal_outbox_oldest_unsent_seconds";

    @Resource
    private TimerService timers;

    @Resource(lookup = "mail/portal")
    private Session mail;

    @EJB
    private OutboxDelivery delivery;

    @Inject
    private MetricRegistry metrics;

    /** A tick that comes while the previous one still sends is skipped rather than queued. */
    private final AtomicBoolean sending = new AtomicBoolean();

    private DeliverySchedule schedule;

    @PostConstruct
    void start() {
        schedule = DeliverySchedule.configured();
        long every = schedule.interval().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("outbox", false));
        LOG.info(() -> "Outbox: sending due mail every " + schedule.interval().toSeconds()
                + " s; retrying after " + schedule.firstRetry().toSeconds() + " s, doubling up to "
                + schedule.longestRetry().toSeconds() + " s; a claim holds for "
                + schedule.claim().toSeconds()
                + " s");
        // Read from the shared table when scraped, so every instance reports the cluster's outbox.
        metrics.gauge(
                Metadata.builder()
                        .withName(BACKLOG)
                        .withDescription("Mail messages waiting to be sent")
                        .build(),
                this,
                OutboxSender::backlog);
        metrics.gauge(
                Metadata.builder()
                        .withName(OLDEST)
                        .withDescription(
                                "Age in seconds of the oldest mail message waiting to be sent; 0 when none waits")
                        .build(),
                this,
                OutboxSender::oldestUnsentSeconds);
    }

    /** The messages waiting, as a gauge reads it: not a number while the database does not answer. */
    double backlog() {
        try {
            return delivery.backlog();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    double oldestUnsentSeconds() {
        try {
            return delivery.oldestUnsent()
                    .map(written -> Math.max(0, Duration.between(written, now()).toSeconds()))
                    .orElse(0L);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    @Timeout
    void sendDue() {
        if (!sending.compareAndSet(false, true)) {
            return;
        }
        try {
            for (OutboxMessage message : delivery.findDue(now(), BATCH)) {
                if (delivery.claim(message, now().plus(schedule.claim()))) {
                    send(message);
                }
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next tick tries again.
            LOG.log(Level.WARNING, "Outbox: could not read the due mail", e);
        } finally {
            sending.set(false);
        }
    }

    private void send(OutboxMessage message) {
        try {
            Transport.send(toMime(message));
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox: message {0} to {1} failed, attempt {2}: {3}", new Object[] {
                message.getId(), message.getRecipient(), message.getAttempts() + 1, e.toString()
            });
            delivery.recordFailure(message.getId(), describe(e), now(), schedule);
            return;
        }
        delivery.recordSent(message.getId(), now());
    }

    private MimeMessage toMime(OutboxMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(mail);
        // The sender address is the mail session's (mail.from), set by the domain's operator.
        mime.setFrom();
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient(), true));
        mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
        mime.setText(message.getBody(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(now()));
        mime.setHeader("X-Portal-Outbox-Id", Long.toString(message.getId()));
        return mime;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" / ").append(cause);
        }
        return text.toString();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
