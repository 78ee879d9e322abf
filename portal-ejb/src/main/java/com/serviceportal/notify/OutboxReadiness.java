package com.serviceportal.notify;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the outbox is stuck: a message has waited for its first attempt longer than the
 * outbox's schedule allows ({@link DeliverySchedule#stuckAfter()}), so no sender works it, while the
 * mail session names a server to send to. A mail server that is away is no reason to stop serving
 * pages: its messages have been tried and wait for their retry (the metric
 * {@code portal_outbox_oldest_unsent_seconds} tells how long). A domain without a mail server keeps
 * its mail waiting and stays ready.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    static final String NAME = "outbox";

    @Resource(lookup = "mail/portal")
    private Session mail;

    @EJB
    private OutboxDelivery delivery;

    @Override
    public HealthCheckResponse call() {
        Optional<String> server = mailServer();
        if (server.isEmpty()) {
            return HealthCheckResponse.named(NAME)
                    .up()
                    .withData("mail", "no mail server configured")
                    .build();
        }
        Duration allowed = DeliverySchedule.configured().stuckAfter();
        Duration oldest;
        try {
            Instant now = Instant.now(Clock.systemUTC());
            oldest = delivery.oldestUntried()
                    .map(written -> Duration.between(written, now))
                    .orElse(Duration.ZERO);
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("error", e.toString())
                    .build();
        }
        return HealthCheckResponse.named(NAME)
                .status(oldest.compareTo(allowed) <= 0)
                .withData("oldestUntriedSeconds", Math.max(0, oldest.toSeconds()))
                .withData("stuckAfterSeconds", allowed.toSeconds())
                .build();
    }

    private Optional<String> mailServer() {
        return Optional.ofNullable(mail.getProperty("mail.smtp.host"))
                .or(() -> Optional.ofNullable(mail.getProperty("mail.host")))
                .map(String::strip)
                .filter(host -> !host.isEmpty());
    }
}
