package com.serviceportal.it;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.Inbox.marker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fault reports ("request service"): a contact who orders directly gets a planned service order at
 * once; anyone else's report waits in the desk's queue, where accepting it makes the order and
 * rejecting it shows the reason to the customer. Each report is mailed to the configured address and,
 * while "copy to our reference" is on, to the customer's account manager, read here in the test's
 * {@link Inbox}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class FaultReportIT {

    private static final String GOTEBORG = "Nordic Foods Göteborg plant";
    private static final String MALMO = "Nordic Foods Malmö warehouse";
    private static final String NORDIC_FOODS = "Nordic Foods AB";
    private static final String BALTIC_MARINE = "Baltic Marine Ltd";
    private static final String TOM = "tom@servicedesk.example";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(FaultReportITDriver.class, OutboxITDriver.class, DemoData.class);
    }

    @ArquillianResource
    private URL base;

    @RegisterExtension
    final Inbox inbox = Inbox.stopped();

    /** What each test changed, put back afterwards (newest first). */
    private final List<String[]> undo = new ArrayList<>();

    @AfterEach
    void putBack() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            post(undo.get(i)[0], Arrays.copyOfRange(undo.get(i), 1, undo.get(i).length));
        }
    }

    @Test
    public void contactWhoOrdersDirectlyGetsAPlannedServiceOrderAtOnce() {
        orderDirectly(SITE_CONTACT, true);
        String description = "Freezer 2 alarm keeps sounding " + marker();

        String[] outcome = report(SITE_CONTACT, GOTEBORG, "GBG-FR2", description);
        assertEquals("ORDERED", outcome[0]);
        String[] order = post("order", "user", SITE_CONTACT, "id", outcome[2]).split("\t");
        assertEquals(outcome[3], order[0], "the number shown is the order's");
        assertEquals("SERVICE", order[1]);
        assertEquals("PLANNED", order[2]);
        assertEquals("Nordic Foods AB – " + GOTEBORG, order[3]);
        assertTrue(order[4].startsWith("GBG-FR2"), order[4]);

        String[] mine = reportLine(SITE_CONTACT, description);
        assertEquals("ORDERED", mine[1]);
        assertEquals(outcome[3], mine[3]);
        assertFalse(post("queue").contains(description), "nothing waits for the desk");
    }

    @Test
    public void otherwiseTheReportWaitsUntilTheDeskAcceptsItAndMakesTheOrder() {
        orderDirectly(COMPANY_CONTACT, false);
        String description = "Cold room 1 door does not close " + marker();

        String[] outcome = report(COMPANY_CONTACT, MALMO, "MMX-CR1", description);
        assertEquals("WAITING", outcome[0]);
        assertTrue(post("queue").contains(outcome[1] + "\t" + description), "the report is in the desk's queue");
        assertEquals("WAITING", reportLine(COMPANY_CONTACT, description)[1]);

        String[] accepted = post("accept", "id", outcome[1]).split("\t");
        String[] order =
                post("order", "user", COMPANY_CONTACT, "id", accepted[0]).split("\t");
        assertEquals("SERVICE", order[1]);
        assertEquals("PLANNED", order[2]);
        assertEquals("Nordic Foods AB – " + MALMO, order[3]);

        String[] mine = reportLine(COMPANY_CONTACT, description);
        assertEquals("ACCEPTED", mine[1]);
        assertEquals(accepted[1], mine[3], "the customer sees the order made of the report");
        assertFalse(post("queue").contains(description), "an accepted report leaves the queue");
        assertEquals("not found", post("accept", "id", outcome[1]), "and cannot be accepted twice");
    }

    @Test
    public void rejectedReportShowsTheReasonToTheCustomerOnly() {
        orderDirectly(COMPANY_CONTACT, false);
        String description = "Please move the shelving " + marker();
        String[] outcome = report(COMPANY_CONTACT, MALMO, null, description);

        post("reject", "id", outcome[1], "reason", "Moving shelving is not a service visit; ask your facility team.");

        String[] mine = reportLine(COMPANY_CONTACT, description);
        assertEquals("REJECTED", mine[1]);
        assertEquals("Moving shelving is not a service visit; ask your facility team.", mine[2]);
        assertEquals("", mine[3], "no order was made");
        assertFalse(post("reports", "user", SITE_CONTACT).contains(description), "Göteborg does not see Malmö's");
        assertFalse(post("reports", "user", OTHER_COMPANY_CONTACT).contains(description));
    }

    @Test
    public void hidingCancelledOrdersHidesRejectedReportsToo() {
        orderDirectly(COMPANY_CONTACT, false);
        String rejected = "Please paint the loading dock " + marker();
        String waiting = "Dock door sensor blinks " + marker();
        String[] outcome = report(COMPANY_CONTACT, MALMO, null, rejected);
        report(COMPANY_CONTACT, MALMO, null, waiting);
        post("reject", "id", outcome[1], "reason", "Painting is not a service visit.");
        assertEquals("REJECTED", reportLine(COMPANY_CONTACT, rejected)[1], "shown while cancelled orders show");

        change("setting", "name", "cancelled-orders-hidden", "value", "true");
        String reports = post("reports", "user", COMPANY_CONTACT);
        assertFalse(reports.contains(rejected), "the rejected report is hidden with the cancelled orders");
        assertTrue(reports.contains(waiting), "the waiting one stays");
    }

    @Test
    public void aSiteContactRequestsServiceOnAnItemItsCompanyShares() {
        String offered = post("choices", "user", SITE_CONTACT, "site", GOTEBORG);
        assertTrue(offered.contains("NF-UPS1"), "the company's shared backup power is offered: " + offered);
        assertTrue(offered.contains("GBG-PK1"), "with the site's own items: " + offered);
        assertFalse(offered.contains("MMX-FL2"), "but not another site's: " + offered);

        assertEquals(
                post("customer-id", "name", GOTEBORG) + " " + post("equipment-id", "idNumber", "NF-UPS1"),
                post("new-report", "user", SITE_CONTACT, "equipment", "NF-UPS1"),
                "Request service on the shared item opens on the contact's own site");

        orderDirectly(SITE_CONTACT, false);
        String description = "UPS alarm beeps every night " + marker();
        report(SITE_CONTACT, GOTEBORG, "NF-UPS1", description);
        assertEquals("WAITING", reportLine(SITE_CONTACT, description)[1]);
    }

    @Test
    public void reportOnASiteOrItemTheContactDoesNotSeeAnswersNotFound() {
        assertEquals("not found", post("report", "user", SITE_CONTACT, "site", MALMO, "description", "x " + marker()));
        assertEquals(
                "not found",
                post(
                        "report",
                        "user",
                        OTHER_COMPANY_CONTACT,
                        "site",
                        BALTIC_MARINE,
                        "equipment",
                        "GBG-FR2",
                        "description",
                        "x " + marker()),
                "an item of another customer");
        assertEquals(
                "not found",
                post(
                        "report",
                        "user",
                        COMPANY_CONTACT,
                        "site",
                        MALMO,
                        "equipment",
                        "GBG-FR2",
                        "description",
                        "x " + marker()),
                "an item of another site");
    }

    @Test
    public void eachReportIsMailedToTheConfiguredAddressAndTheAccountManager() {
        inbox.start();
        String marker = marker();
        String configured = "faults-" + marker.substring(1) + "@servicedesk.example";
        change("setting", "name", "fault-report-email", "value", configured);
        change("account-manager", "customer", NORDIC_FOODS, "user", DemoData.TECHNICIAN);
        change("account-manager", "customer", BALTIC_MARINE, "user", "");
        orderDirectly(COMPANY_CONTACT, false);
        orderDirectly(SITE_CONTACT, true);

        report(COMPANY_CONTACT, MALMO, "MMX-CR1", "Compressor rattles " + marker);
        String[] ordered = report(SITE_CONTACT, GOTEBORG, null, "Floor drain blocked " + marker);
        report(OTHER_COMPANY_CONTACT, BALTIC_MARINE, null, "Winch hums " + marker);

        assertEquals(
                5,
                QueuedMail.awaitSentMentioning(base, marker),
                "three to the configured address, two to Nordic Foods' manager");
        List<Mail> mails = inbox.mentioning(marker);
        assertEquals(5, mails.size(), mails.toString());

        Mail queued = only(mails, configured, "Compressor rattles");
        assertEquals("Fault report from Anna Lind on Nordic Foods AB – " + MALMO, queued.subject());
        assertTrue(queued.body().contains("Equipment: MMX-CR1"), queued.body());
        assertTrue(queued.body().contains("/desk/orders/reports.xhtml"), queued.body());
        only(mails, TOM, "Compressor rattles");

        Mail direct = only(mails, TOM, "Floor drain blocked");
        assertEquals(
                "Fault report from Sven Berg on Nordic Foods AB – " + GOTEBORG + " (order " + ordered[3] + ")",
                direct.subject());
        assertTrue(direct.body().contains("Service order " + ordered[3] + " was planned at once"), direct.body());
        only(mails, configured, "Floor drain blocked");

        only(mails, configured, "Winch hums");
        assertEquals(
                1,
                mails.stream().filter(m -> m.body().contains("Winch hums")).count(),
                "Baltic Marine has no account manager: only the configured address");
    }

    @Test
    public void withoutCopyToOurReferenceOnlyTheConfiguredAddressGetsTheReport() {
        inbox.start();
        String marker = marker();
        String configured = "faults-" + marker.substring(1) + "@servicedesk.example";
        change("setting", "name", "fault-report-email", "value", configured);
        change("setting", "name", "fault-report-copy-to-our-reference", "value", "false");
        change("account-manager", "customer", NORDIC_FOODS, "user", DemoData.TECHNICIAN);
        orderDirectly(COMPANY_CONTACT, false);

        report(COMPANY_CONTACT, MALMO, "MMX-CR1", "Door seal torn " + marker);

        assertEquals(1, QueuedMail.awaitSentMentioning(base, marker), "no copy to our reference");
        List<Mail> mails = inbox.mentioning(marker);
        assertEquals(1, mails.size(), mails.toString());
        only(mails, configured, "Door seal torn");
    }

    @Test
    public void aReportsMailIsSignedWithThePortalsNameAndLinksToItsAddress() {
        inbox.start();
        String marker = marker();
        String configured = "faults-" + marker.substring(1) + "@servicedesk.example";
        change("setting", "name", "fault-report-email", "value", configured);
        change("setting", "name", "portal-name", "value", "Nordic Service Online");
        change("setting", "name", "portal-address", "value", "https://service.example.com/");
        orderDirectly(COMPANY_CONTACT, false);

        report(COMPANY_CONTACT, MALMO, null, "Loading dock light flickers " + marker);

        Mail mail = only(inbox.awaitMentioning(marker, 1), configured, "Loading dock light flickers");
        assertTrue(
                mail.body().contains("https://service.example.com/desk/orders/reports.xhtml"),
                "the link starts with the portal's address: " + mail.body());
        assertTrue(
                mail.body()
                        .replace("\r\n", "\n")
                        .strip()
                        .endsWith("-- \nNordic Service Online\nhttps://service.example.com/"),
                "signed with the portal's name and address: " + mail.body());
    }

    private String[] report(String user, String site, String equipment, String description) {
        String answer = equipment == null
                ? post("report", "user", user, "site", site, "description", description)
                : post("report", "user", user, "site", site, "equipment", equipment, "description", description);
        assertTrue(answer.startsWith("ORDERED") || answer.startsWith("WAITING"), answer);
        return answer.split("\t", -1);
    }

    private String[] reportLine(String user, String description) {
        return Arrays.stream(post("reports", "user", user).split("\n"))
                .filter(line -> line.endsWith("\t" + description))
                .findFirst()
                .orElseThrow(() -> new AssertionError(user + " does not see " + description))
                .split("\t", -1);
    }

    private void orderDirectly(String user, boolean value) {
        change("order-directly", "user", user, "value", Boolean.toString(value));
    }

    /** Changes a value through the helper and remembers how to put the previous one back. */
    private void change(String action, String... parameters) {
        String previous = post(action, parameters);
        String[] back = Arrays.copyOf(parameters, parameters.length);
        back[back.length - 1] = previous;
        String[] entry = new String[back.length + 1];
        entry[0] = action;
        System.arraycopy(back, 0, entry, 1, back.length);
        undo.add(entry);
    }

    private static Mail only(List<Mail> mails, String recipient, String text) {
        List<Mail> matching = mails.stream()
                .filter(m -> m.recipient().equals(recipient) && m.body().contains(text))
                .toList();
        assertEquals(1, matching.size(), "one mail to " + recipient + " about " + text + ": " + mails);
        return matching.get(0);
    }

    private String post(String action, String... parameters) {
        return TestDriver.at(base, "fault-report").post(action, parameters);
    }
}
