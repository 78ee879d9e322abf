package com.serviceportal.it;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.Inbox.marker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mail a case sends, as it arrives at the test's {@link Inbox}: in the recipient's language, once, even across an outage of the mail server, and never for a change that rolled
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
    /** End users of Nordic Foods (their partner), and one of Baltic Marine's. */
    private static final String LARS = "lars.holm@fjallbackadeli.example";

    private static final String EVA = "eva.strand@fjallbackadeli.example";
    private static final String TIM = "tim.shore@harbourkiosk.example";

    /** Generous: mail left by other tests' cases goes out first, and the machine may be busy. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(
                CaseMailITDriver.class, OutboxITDriver.class, CaseMailIT.class, DemoData.class);
    }

    @ArquillianResource
    private URL base;

    @RegisterExtension
    final Inbox inbox = Inbox.stopped();

    @Test
    public void newCaseIsConfirmedToTheContactInItsLanguageAndAnnouncedToTheDesk() {
        inbox.start();
        String marker = marker();
        long svens = raise(SITE_CONTACT, "Kylrum 3 larmar " + marker);
        long annas = raise(COMPANY_CONTACT, "Conveyor belt slips " + marker);

        List<Mail> mails = inbox.awaitMentioning(marker, 4);

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
        inbox.start();
        String marker = marker();
        long number = raise(SITE_CONTACT, "Oven door seal leaks " + marker);
        inbox.awaitMentioning(marker, 2);

        note(number, SITE_CONTACT, "New", "Still leaking " + marker);
        post("assign", "case", Long.toString(number), "team", "First line");
        note(number, SITE_CONTACT, "New", "Now dripping " + marker);
        post("assign", "case", Long.toString(number), "team", "First line", "assignee", DemoData.TECHNICIAN);
        note(number, SITE_CONTACT, "New", "A puddle on the floor " + marker);
        note(number, DemoData.TECHNICIAN, "Internal review", "Check the warranty first " + marker);
        note(number, DemoData.TECHNICIAN, "In progress", "A technician comes on Tuesday " + marker);

        assertEquals(
                6,
                QueuedMail.awaitSentMentioning(base, marker),
                "two for the new case, three customer notes, one staff note");
        List<Mail> mails = inbox.mentioning(marker);
        assertEquals(6, mails.size(), mails.toString());

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
        assertTrue(toSven.body().contains("Status: Pågår\n"), "the status in the contact's language: " + toSven.body());
        assertTrue(toSven.body().contains(link("portal/cases/detail.xhtml", number)), toSven.body());
    }

    @Test
    public void aPartnersContactChoosesOnlyItsOwnEndUsers() {
        String nordic = "Eva Strand (Fjällbacka Deli AB)\nLars Holm (Fjällbacka Deli AB)\n";
        assertEquals(nordic, driver().get("end-users", "user", COMPANY_CONTACT));
        assertEquals(
                nordic, driver().get("end-users", "user", SITE_CONTACT), "the company's end users, for its sites too");
        assertEquals("Tim Shore (Harbour Kiosk Ltd)\n", driver().get("end-users", "user", OTHER_COMPANY_CONTACT));
        assertEquals(
                "refused: case.error.endUserNotOfCustomer",
                post("raise-for-end-user", "user", COMPANY_CONTACT, "summary", "Not ours " + marker(), "endUser", TIM),
                "another partner's end user is refused");
    }

    @Test
    public void repliesGoToTheEndUserWhenThePartnerChoosesSo() {
        inbox.start();
        String marker = marker();
        long forLars = Long.parseLong(post(
                "raise-for-end-user",
                "user",
                COMPANY_CONTACT,
                "summary",
                "Deli counter too warm " + marker,
                "endUser",
                LARS,
                "replies",
                "true"));
        long forEva = Long.parseLong(post(
                "raise-for-end-user",
                "user",
                COMPANY_CONTACT,
                "summary",
                "Deli scale drifts " + marker,
                "endUser",
                EVA,
                "replies",
                "false"));
        assertEquals(
                "Lars Holm, Fjällbacka Deli AB, true",
                driver().get("end-user-of", "user", COMPANY_CONTACT, "case", Long.toString(forLars)));
        assertEquals(
                "Eva Strand, Fjällbacka Deli AB, false",
                driver().get("end-user-of", "user", DemoData.TECHNICIAN, "case", Long.toString(forEva)));
        note(forLars, DemoData.TECHNICIAN, "In progress", "New thermostat on Monday " + marker);
        note(forEva, DemoData.TECHNICIAN, "In progress", "Scale calibrated " + marker);

        // two confirmations to anna and two to the desk, one to Lars, then one note each: to Lars and to anna
        assertEquals(7, QueuedMail.awaitSentMentioning(base, marker));
        List<Mail> mails = inbox.mentioning(marker);
        assertEquals(7, mails.size(), mails.toString());
        only(mails, ANNA, forLars);
        only(withText(mails, "We have received"), ANNA, forEva);
        Mail raisedForLars = only(withText(mails, "anmält"), LARS, forLars);
        assertEquals("Ärende " + forLars + " anmält för er: Deli counter too warm " + marker, raisedForLars.subject());
        assertTrue(raisedForLars.body().contains("Nordic Foods AB har anmält ärende " + forLars), raisedForLars.body());
        assertFalse(
                raisedForLars.body().contains("cases/detail.xhtml"), "no link to a case page the end user cannot open");
        Mail noteToLars = only(withText(mails, "New thermostat on Monday"), LARS, forLars);
        assertTrue(noteToLars.body().contains("Status: Pågår\n"), noteToLars.body());
        assertFalse(noteToLars.body().contains("cases/detail.xhtml"), noteToLars.body());
        only(withText(mails, "Scale calibrated"), ANNA, forEva);
        assertEquals(
                List.of(), mails.stream().filter(m -> m.recipient().equals(EVA)).toList(), "Eva is not written to");
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

        inbox.start();
        List<OutboxRow> delivered = awaitOutbox(marker, rows -> rows.stream().allMatch(OutboxRow::sent));
        assertEquals(6, delivered.size());
        // Nothing may go out a second time: the sender's runs follow one another, so once the mail of a
        // case raised now has arrived, every run that could have sent one of the six again has ended.
        String later = marker();
        raise(SITE_CONTACT, "Raised after the outage " + later);
        inbox.awaitMentioning(later, 2);

        List<Mail> mails = inbox.mentioning(marker);
        assertEquals(6, mails.size(), "six mails, each once: " + mails);
        for (var expected : Map.of(SVEN, svens, ANNA, annas, MARK, marks).entrySet()) {
            only(mails, expected.getKey(), expected.getValue());
            only(mails, DESK, expected.getValue());
        }
    }

    @Test
    public void changeThatRollsBackSendsNothing() {
        inbox.start();
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
        inbox.awaitMentioning(committed, 2);
        assertEquals(List.of(), inbox.mentioning(rolledBack));
    }

    @Test
    public void aDeletedContactIsMailedNoMoreAboutItsCases() {
        String marker = marker();
        String username = "mail-" + marker.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String address = username + "@nordicfoods.example";
        String contact = post("contact", "username", username);
        long number = raise(username, "Glass door fogged " + marker);
        assertEquals(1, queuedTo(address, marker), "the new case is confirmed to the contact");

        post("delete-contact", "contact", contact);
        note(number, DemoData.TECHNICIAN, "In progress", "Defroster ordered " + marker);

        // the note and its mail commit together, so the outbox already holds every mail it sends
        assertEquals(1, queuedTo(address, marker), "no mail about the note to the deleted contact");
        note(number, DemoData.TECHNICIAN, "In progress", "Defroster fitted " + marker);
        assertEquals(1, queuedTo(address, marker));
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

    private long queuedTo(String recipient, String marker) {
        return outbox(marker).stream()
                .filter(row -> row.recipient().equals(recipient))
                .count();
    }

    private static List<Mail> withText(List<Mail> mails, String text) {
        return mails.stream().filter(m -> m.body().contains(text)).toList();
    }

    private String link(String page, long number) {
        return "http://localhost:" + base.getPort() + "/" + page + "?number=" + number;
    }

    private List<OutboxRow> outbox(String marker) {
        String rows = TestDriver.at(base, "case-mail").get("outbox", "marker", marker);
        return rows.lines().map(OutboxRow::parse).toList();
    }

    private List<OutboxRow> awaitOutbox(String marker, Predicate<List<OutboxRow>> condition) {
        return Await.until(() -> outbox(marker), condition, PATIENCE, "outbox rows for " + marker);
    }

    private static Mail only(List<Mail> mails, String recipient, long caseNumber) {
        List<Mail> matching = mails.stream()
                .filter(m -> m.recipient().equals(recipient) && m.subject().matches(".*\\b" + caseNumber + "\\b.*"))
                .toList();
        assertEquals(1, matching.size(), "one mail to " + recipient + " about case " + caseNumber + ": " + mails);
        return matching.get(0);
    }

    private String post(String action, String... parameters) {
        return driver().post(action, parameters);
    }

    private TestDriver driver() {
        return TestDriver.at(base, "case-mail");
    }

    /** One outbox row as the helper lists it. */
    record OutboxRow(String recipient, int attempts, boolean sent, String lastError) {

        static OutboxRow parse(String line) {
            String[] fields = line.split("\t", -1);
            return new OutboxRow(fields[0], Integer.parseInt(fields[1]), Boolean.parseBoolean(fields[2]), fields[3]);
        }
    }
}
