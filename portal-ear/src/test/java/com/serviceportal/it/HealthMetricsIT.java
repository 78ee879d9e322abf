package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What an operator and a load balancer see of the running portal: Payara's MicroProfile Health
 * answers at {@code /health/ready} and {@code /health/live} and its metrics at {@code /metrics},
 * without signing in; readiness names the check that fails; the portal's own metrics move with what
 * happens; and a setting given as a system property is read through MicroProfile Config.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class HealthMetricsIT {

    /** Generous: mail left by other tests' cases goes out first, and the machine may be busy. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(HealthMetricsITDriver.class, HealthMetricsIT.class, DemoData.class);
    }

    @ArquillianResource
    private URL base;

    @RegisterExtension
    final Inbox inbox = Inbox.stopped();

    @Test
    public void readyAndAliveWithoutSigningInOnceMailFlows() {
        // Mail that other tests left waiting goes out now; until then the outbox may be behind.
        inbox.start();
        Answer ready = Await.until(() -> get("health/ready"), a -> a.status() == 200, PATIENCE, "readiness UP");
        assertEquals("UP", status(ready.body(), "database"), ready.body());
        assertEquals("UP", status(ready.body(), "schema"), ready.body());
        assertEquals("UP", status(ready.body(), "outbox"), ready.body());

        Answer live = get("health/live");
        assertEquals(200, live.status(), live.body());
        assertEquals("UP", status(live.body(), "threads"), live.body());
    }

    @Test
    public void mailNoSenderHasTriedTakesTheInstanceOutOfTheBalancerNamingTheOutbox() {
        inbox.start();
        Await.until(() -> get("health/ready"), a -> a.status() == 200, PATIENCE, "readiness UP before");
        long stuck = Long.parseLong(driver().post("stuck-mail", "subject", "Stuck " + Inbox.marker(), "attempts", "0"));
        try {
            Answer ready = get("health/ready");
            assertEquals(503, ready.status(), ready.body());
            assertEquals("DOWN", status(ready.body(), "outbox"), ready.body());
            assertEquals("UP", status(ready.body(), "database"), ready.body());
            assertEquals("UP", status(ready.body(), "schema"), ready.body());
            assertEquals(200, get("health/live").status(), "stuck mail is no reason to restart the server");
        } finally {
            driver().post("delete-mail", "id", Long.toString(stuck));
        }
        Await.until(() -> get("health/ready"), a -> a.status() == 200, PATIENCE, "readiness UP again");
    }

    @Test
    public void mailWaitingForARelayThatIsAwayKeepsTheInstanceReady() {
        inbox.start();
        Await.until(() -> get("health/ready"), a -> a.status() == 200, PATIENCE, "readiness UP before");
        long waiting =
                Long.parseLong(driver().post("stuck-mail", "subject", "Waiting " + Inbox.marker(), "attempts", "9"));
        try {
            Answer ready = get("health/ready");
            assertEquals(200, ready.status(), ready.body());
            assertEquals("UP", status(ready.body(), "outbox"), ready.body());
            assertTrue(metric("portal_outbox_oldest_unsent_seconds").orElse(0) >= 2 * 24 * 3600, metrics());
        } finally {
            driver().post("delete-mail", "id", Long.toString(waiting));
        }
    }

    @Test
    public void aFailedSignInCountsOnce() {
        double before = metric("portal_sign_in_failures_total").orElse(0);

        assertTrue(WebSignIn.signIn(base, "nobody-" + Inbox.marker(), "not a password")
                .refused());

        assertEquals(before + 1, metric("portal_sign_in_failures_total").orElse(0), metrics());
    }

    @Test
    public void mailWaitingToBeSentShowsInTheBacklogUntilSent() {
        // The mail server is down: the case's mail waits in the outbox.
        String marker = Inbox.marker();
        double before = metric("portal_outbox_backlog").orElseThrow();
        driver().post("raise", "user", DemoData.SITE_CONTACT, "summary", "Freezer alarm " + marker);
        Await.until(
                () -> metric("portal_outbox_backlog").orElseThrow(),
                backlog -> backlog >= before + 2,
                PATIENCE,
                "the confirmation and the desk's alert in the backlog");
        assertTrue(metric("portal_outbox_oldest_unsent_seconds").isPresent(), metrics());

        inbox.start();
        inbox.awaitMentioning(marker, 2);
        Await.until(
                () -> metric("portal_outbox_backlog").orElseThrow(),
                backlog -> backlog <= before,
                PATIENCE,
                "the backlog back down once the mail server is back");
    }

    @Test
    public void aJobRunIsCountedByOutcomeAndTimed() {
        String job = "job=\"support-hours-reset\"";
        String completed = "outcome=\"completed\"";
        double runs = metric("portal_job_runs_total", job, completed).orElse(0);
        double timed = metric("portal_job_duration_seconds_count", job).orElse(0);

        String execution = driver().post("run-job");
        Await.until(
                () -> driver().get("job-status", "execution", execution),
                "COMPLETED"::equals,
                PATIENCE,
                "the support-hours reset to complete");

        assertEquals(runs + 1, metric("portal_job_runs_total", job, completed).orElse(0), metrics());
        assertEquals(timed + 1, metric("portal_job_duration_seconds_count", job).orElse(0), metrics());
    }

    @Test
    public void caseListsAreTimed() {
        double before = metric("portal_case_list_seconds_count").orElse(0);
        page(DemoData.COMPANY_CONTACT, "portal/cases/list.xhtml");
        assertTrue(metric("portal_case_list_seconds_count").orElse(0) > before, metrics());
    }

    @Test
    public void theBaseUrlSetAsASystemPropertyIsInTheMailLinks() {
        inbox.start();
        String before = driver().post("property", "name", "portal.base-url", "value", "https://portal.example.com/");
        String marker = Inbox.marker();
        long number;
        try {
            number = Long.parseLong(
                    driver().post("raise", "user", DemoData.SITE_CONTACT, "summary", "Cold room warm " + marker));
        } finally {
            driver().post("property", "name", "portal.base-url", "value", before);
        }
        List<Mail> mails = inbox.awaitMentioning(marker, 2);
        String link = "https://portal.example.com/portal/cases/detail.xhtml?number=" + number;
        assertTrue(mails.stream().anyMatch(mail -> mail.body().contains(link)), mails.toString());
    }

    /** The status of the named check in a health answer. */
    private static String status(String health, String check) {
        Matcher found = Pattern.compile(
                        "\"name\"\\s*:\\s*\"" + Pattern.quote(check) + "\"\\s*,\\s*\"status\"\\s*:\\s*\"(\\w+)\"")
                .matcher(health);
        return found.find() ? found.group(1) : "missing";
    }

    /** The sum of a metric's samples whose labels include each of {@code labels}, if it has any. */
    private OptionalDouble metric(String name, String... labels) {
        return Metrics.sum(metrics(), name, labels);
    }

    private String metrics() {
        Answer answer = get("metrics?scope=application");
        assertEquals(200, answer.status(), answer.body());
        return answer.body();
    }

    private void page(String user, String path) {
        HttpClient http = WebSignIn.signedIn(base, user, DemoData.PASSWORD);
        try {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept-Language", "en")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Answer(int status, String body) {}

    /** An answer of the server to a client that has not signed in (no cookies, no redirects followed). */
    private Answer get(String path) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private TestDriver driver() {
        return TestDriver.at(base, "health-metrics");
    }
}
