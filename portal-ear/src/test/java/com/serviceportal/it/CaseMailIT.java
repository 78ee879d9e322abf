package com.serviceportal.it;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mail a case sends, as it arrives at a mail server (GreenMail, in this JVM on
 * {@code it.smtp.port}, where the test domain's {@code mail/portal} points): in the recipient's
 * language, once, even across an outage of the mail server, and never for a change that rolled
 * back. The test server's outbox runs every second with retries after 1 to 3 seconds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CaseMailIT {

    /** The desk's address as installed (setting "desk-email"). */
    private static final String DESK = "servicedesk@localhost";

    private static final String SVEN = "sven.berg@nordicfoods.example";
    private static final String ANNA = "anna.lind@nordicfoods.example";
    private static final String MARK = "mark.evans@balticmarine.example";
    private static final String TOM = "tom@servicedesk.example";
    private static final String FIRST_LINE = "firstline@servicedesk.example";

    /** Generous: mail left by other tests' cases goes out first, and the machine may be busy. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(CaseMailITDriver.class, CaseMailIT.class, DemoData.class);
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private final GreenMail mailServer =
            new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 20025), "127.0.0.1", "smtp"));

    @AfterEach
    void stopMailServer() {
        mailServer.stop();
    }

    @Test
    public void newCaseIsConfirmedToTheContactInItsLanguageAndAnnouncedToTheDesk() {
        mailServer.start();
        String marker = marker();
        long svens = raise(SITE_CONTACT, "Kylrum 3 larmar " + marker);
        long annas = raise(COMPANY_CONTACT, "Conveyor belt slips " + marker);

        List<Mail> mails = awaitMails(marker, 4);

        Mail toSven = only(mails, SVEN, svens);
        assertEquals("Ärende " + svens + " mottaget: Kylrum 3 larmar " + marker, toSven.subject());
        assertTrue(toSven.body().startsWith("Hej Sven Berg,"), toSven.body());
        assertTrue(
                toSven.body().contains("Följ ärendet här:\n" + link("portal/cases/detail.xhtml", svens)),
                toSven.body());

        Mail toAnna = only(mails, ANNA, annas);
        assertEquals("Case " + annas + " received: Conveyor belt slips " + marker, toAnna.subject());
        assertTrue(toAnna.body().startsWith("Hello Anna Lind,"), toAnna.body());
        assertTrue(toAnna.body().contains(link("portal/cases/detail.xhtml", annas)), toAnna.body());

        Mail deskOfSvens = only(mails, DESK, svens);
        assertEquals(
                "New case " + svens + " from Nordic Foods AB – Nordic Foods Göteborg plant: Kylrum 3 larmar " + marker,
                deskOfSvens.subject());
        assertTrue(deskOfSvens.body().contains("Raised by: Sven Berg\nSeverity: High\n"), deskOfSvens.body());
        assertTrue(deskOfSvens.body().contains(link("desk/cases/work.xhtml", svens)), deskOfSvens.body());
        assertTrue(only(mails, DESK, annas).subject().startsWith("New case " + annas + " from Nordic Foods AB: "));
    }

    @Test
    public void eachNoteIsMailedToTheOtherPartyAndInternalNotesToNoOne() {
        mailServer.start();
        String marker = marker();
        long number = raise(SITE_CONTACT, "Oven door seal leaks " + marker);
        awaitMails(marker, 2);

        note(number, SITE_CONTACT, "New", "Still leaking " + marker);
        post("assign", "case", Long.toString(number), "team", "First line");
        note(number, SITE_CONTACT, "New", "Now dripping " + marker);
        post("assign", "case", Long.toString(number), "team", "First line", "assignee", DemoData.TECHNICIAN);
        note(number, SITE_CONTACT, "New", "A puddle on the floor " + marker);
        note(number, DemoData.TECHNICIAN, "Internal review", "Check the warranty first " + marker);
        note(number, DemoData.TECHNICIAN, "In progress", "A technician comes on Tuesday " + marker);

        List<Mail> mails = awaitMails(marker, 6);
        sleep(Duration.ofSeconds(3));
        mails = mailsWith(marker);
        assertEquals(6, mails.size(), "two for the new case, three customer notes, one staff note: " + mails);

        Mail unassigned = only(withText(mails, "Still leaking"), DESK, number);
        assertEquals("Case " + number + ": new note from Sven Berg", unassigned.subject());
        assertTrue(
                unassigned
                        .body()
                        .startsWith("Sven Berg (Nordic Foods AB – Nordic Foods Göteborg plant) has added"
                                + " a note to case " + number + "."),
                unassigned.body());
        assertTrue(unassigned.body().contains(link("desk/cases/work.xhtml", number)), unassigned.body());
        only(withText(mails, "Now dripping"), FIRST_LINE, number);
        only(withText(mails, "A puddle on the floor"), TOM, number);
        assertEquals(List.of(), withText(mails, "Check the warranty"), "an internal note tells no customer");

        Mail toSven = only(withText(mails, "A technician comes on Tuesday"), SVEN, number);
        assertEquals("Ärende " + number + " har uppdaterats: Oven door seal leaks " + marker, toSven.subject());
        assertTrue(toSven.body().contains("Status: In progress\n"), toSven.body());
        assertTrue(toSven.body().contains(link("portal/cases/detail.xhtml", number)), toSven.body());
    }

    @Test
    public void mailServerOutageLosesNothingAndEveryMailGoesOutOnce() {
        String marker = marker();
        long svens = raise(SITE_CONTACT, "Label printer offline " + marker);
        long annas = raise(COMPANY_CONTACT, "Dock door stuck " + marker);
        long marks = raise(OTHER_COMPANY_CONTACT, "Winch makes noise " + marker);

        List<OutboxRow> waiting = awaitOutbox(
                marker, rows -> rows.size() == 6 && rows.stream().allMatch(r -> !r.sent() && r.attempts() >= 2));
        for (OutboxRow row : waiting) {
            assertTrue(
                    row.lastError()
                            .contains(Integer.getInteger("it.smtp.port", 20025).toString()),
                    "the failure names the mail server that did not answer: " + row.lastError());
        }

        mailServer.start();
        List<OutboxRow> delivered = awaitOutbox(marker, rows -> rows.stream().allMatch(OutboxRow::sent));
        assertEquals(6, delivered.size());
        // A few more ticks of the sender: nothing may go out a second time.
        sleep(Duration.ofSeconds(3));

        List<Mail> mails = mailsWith(marker);
        assertEquals(6, mails.size(), "six mails, each once: " + mails);
        for (var expected : Map.of(SVEN, svens, ANNA, annas, MARK, marks).entrySet()) {
            only(mails, expected.getKey(), expected.getValue());
            only(mails, DESK, expected.getValue());
        }
    }

    @Test
    public void changeThatRollsBackSendsNothing() {
        mailServer.start();
        String rolledBack = marker();
        String answer = post("raise-rolled-back", "user", SITE_CONTACT, "summary", "Never raised " + rolledBack);
        assertTrue(answer.endsWith("rolled back"), answer);
        assertEquals(List.of(), outbox(rolledBack), "nothing was queued for the rolled-back case");

        String refused = post("queue-outside-transaction", "subject", "Outside " + rolledBack);
        assertTrue(refused.startsWith("refused"), "mail is only queued inside a business change: " + refused);
        assertEquals(List.of(), outbox(rolledBack));

        // A committed case raised after it has its mail delivered; the rolled-back one never follows.
        String committed = marker();
        raise(SITE_CONTACT, "Raised for real " + committed);
        awaitMails(committed, 2);
        assertEquals(List.of(), mailsWith(rolledBack));
    }

    @Test
    public void ofTwoSendersThatReadTheSameMessageOnlyOneMaySendIt() {
        assertEquals(
                "first claim: true, second claim: false",
                post("claim-twice", "subject", "Claimed once " + marker()),
                "the second sender finds the message already claimed");
    }

    private long raise(String user, String summary) {
        return Long.parseLong(post("raise", "user", user, "summary", summary));
    }

    private void note(long number, String author, String status, String text) {
        post("note", "case", Long.toString(number), "author", author, "status", status, "text", text);
    }

    private static List<Mail> withText(List<Mail> mails, String text) {
        return mails.stream().filter(m -> m.body().contains(text)).toList();
    }

    private String link(String page, long number) {
        return "http://localhost:" + base.getPort() + "/" + page + "?number=" + number;
    }

    private List<OutboxRow> outbox(String marker) {
        String rows = send(
                HttpRequest.newBuilder(driver("outbox", "marker", marker)).GET().build());
        return rows.lines().map(OutboxRow::parse).toList();
    }

    private List<OutboxRow> awaitOutbox(String marker, Predicate<List<OutboxRow>> condition) {
        return await(() -> outbox(marker), condition, "outbox rows for " + marker);
    }

    private List<Mail> awaitMails(String marker, int count) {
        return await(() -> mailsWith(marker), mails -> mails.size() >= count, count + " mails for " + marker);
    }

    private List<Mail> mailsWith(String marker) {
        return Arrays.stream(mailServer.getReceivedMessages())
                .map(Mail::of)
                .filter(mail -> mail.subject().contains(marker) || mail.body().contains(marker))
                .toList();
    }

    private static Mail only(List<Mail> mails, String recipient, long caseNumber) {
        List<Mail> matching = mails.stream()
                .filter(m -> m.recipient().equals(recipient) && m.subject().matches(".*\\b" + caseNumber + "\\b.*"))
                .toList();
        assertEquals(1, matching.size(), "one mail to " + recipient + " about case " + caseNumber + ": " + mails);
        return matching.get(0);
    }

    private String post(String action, String... parameters) {
        return send(HttpRequest.newBuilder(driver(action, parameters))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private URI driver(String action, String... parameters) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < parameters.length; i += 2) {
            query.append(i == 0 ? '?' : '&')
                    .append(parameters[i])
                    .append('=')
                    .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
        }
        return URI.create(base.toString().replaceAll("/$", "") + "/it/case-mail/" + action + query);
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(Supplier<T> probe, Predicate<T> condition, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        T last = probe.get();
        while (!condition.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                fail("Waited " + PATIENCE.toSeconds() + " s for " + what + "; last seen: " + last);
            }
            sleep(Duration.ofMillis(250));
            last = probe.get();
        }
        return last;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String marker() {
        return "#" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A mail as the recipient reads it. */
    record Mail(String recipient, String subject, String body) {

        static Mail of(MimeMessage message) {
            try {
                String to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .map(Object::toString)
                        .collect(Collectors.joining(", "));
                // Mail travels with CRLF line ends; compare lines as written.
                String body = message.getContent().toString().replace("\r\n", "\n");
                return new Mail(to, message.getSubject(), body);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One outbox row as the helper lists it. */
    record OutboxRow(String recipient, int attempts, boolean sent, String lastError) {

        static OutboxRow parse(String line) {
            String[] fields = line.split("\t", -1);
            return new OutboxRow(fields[0], Integer.parseInt(fields[1]), Boolean.parseBoolean(fields[2]), fields[3]);
        }
    }
}
