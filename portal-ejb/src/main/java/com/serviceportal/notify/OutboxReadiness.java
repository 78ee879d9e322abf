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
 * Not ready while mail is stuck: a message still unsent longer than the outbox's schedule allows
 * ({@link DeliverySchedule#stuckAfter()}), while the mail session names a server to send to. A
 * domain without a mail server keeps its mail waiting and stays ready.
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
            oldest = delivery.oldestUnsent()
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
                .withData("oldestUnsentSeconds", Math.max(0, oldest.toSeconds()))
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
