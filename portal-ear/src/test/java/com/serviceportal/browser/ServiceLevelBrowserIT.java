package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.Await;
import com.serviceportal.it.DemoData;
import com.serviceportal.it.PortalEar;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Service levels in a real headless Chromium: the administrator sets up a level with a one-minute
 * Critical response (75 minutes are refused beside the field) as the default, a customer raises a
 * case without a contract and one under the Gold contract, the desk answers the second, and then the
 * desk's queue, sorted by due time, flags the first as breached while the customer sees the targets,
 * the due times and which were met.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ServiceLevelBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(DemoData.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    public void queueFlagsTheBreachedCaseAndTheCustomerSeesTargetsDueTimesAndWhetherTheyWereMet() {
        String tag = "sla" + UUID.randomUUID().toString().substring(0, 8);
        String quick = "Quick " + tag;
        try (Browser admin = Browser.open(base, "en")) {
            SignInPage.open(admin).signIn(ADMINISTRATOR, PASSWORD);
            new CaseListPage(admin);
            try {
                SettingsPage levels = SettingsPage.open(admin, "service-levels");
                levels = levels.fill("editor:name", quick)
                        .pick("editor:calendar", "Around the clock")
                        .fill("editor:targets:0:responseHours", "0")
                        .fill("editor:targets:0:responseMinutes", "75")
                        .fill("editor:targets:0:resolutionHours", "0")
                        .fill("editor:targets:0:resolutionMinutes", "0")
                        .press("editor:save");
                assertEquals("Response (min): at most 59", levels.messageBeside("editor:targets:0:responseMinutes"));
                levels = levels.fill("editor:targets:0:responseMinutes", "1").press("editor:save");
                assertTrue(levels.text().contains("cannot be shorter than its response target"), levels.text());
                levels = levels.fill("editor:targets:0:resolutionMinutes", "2").press("editor:save");
                assertTrue(levels.messages().contains("\"" + quick + "\" has been saved."), levels.messages());
                levels = levels.pick("default:defaultLevel", quick).press("default:chooseDefault");
                assertTrue(levels.messages().contains("default service level has been saved"), levels.messages());
                String unanswered;
                String answered;
                try (Browser customer = Browser.open(base, "en")) {
                    SignInPage.open(customer).signIn(SITE_CONTACT, PASSWORD);
                    NewCasePage form = new CaseListPage(customer).raiseCase();
                    form.severity("Critical").summary("Scale display dark " + tag);
                    form.save();
                    unanswered = Long.toString(form.raisedNumber());

                    form = CaseListPage.open(customer).raiseCase();
                    form.equipment("GBG-FR2");
                    form.contract("EQ-FR2-2026").severity("Critical").summary("Freezer 2 alarm " + tag);
                    form.save();
                    answered = Long.toString(form.raisedNumber());
                }
                Instant raised = Instant.now();

                // The business calendars, and pictures of both settings pages, while the minute runs.
                SettingsPage calendars = SettingsPage.open(admin, "calendars");
                assertEquals("Business calendars", calendars.heading());
                calendars = calendars.edit("list:entries", "Sweden office hours");
                assertEquals("08:00", calendars.value("editor:days:0:opens"));
                assertTrue(calendars.text().contains("Christmas Eve"), "the holidays are listed");
                admin.screenshot("desk-settings-calendars-desktop");
                admin.resize(Browser.PHONE);
                SettingsPage.open(admin, "calendars")
                        .edit("list:entries", "Sweden office hours")
                        .show("editor:name");
                admin.screenshot("desk-settings-calendars-phone");
                admin.resize(Browser.DESKTOP);

                SettingsPage.open(admin, "service-levels");
                admin.screenshot("desk-settings-service-levels-desktop");
                admin.resize(Browser.PHONE);
                SettingsPage.open(admin, "service-levels").show("editor:name");
                admin.screenshot("desk-settings-service-levels-phone");
                admin.resize(Browser.DESKTOP);

                try (Browser desk = Browser.open(base, "en")) {
                    SignInPage.open(desk).signIn(TECHNICIAN, PASSWORD);
                    new CaseListPage(desk);
                    CasePage.openAtDesk(desk, Long.parseLong(answered))
                            .addNote("In progress", "An engineer is on the way " + tag);
                }

                // The Quick level's response is due a minute after the case was raised.
                CaseListPage queue = CaseListPage.openQueue(admin).search(tag);
                queue.waitForNumber(answered, Duration.ofSeconds(20)).waitForNumber(unanswered, Duration.ofSeconds(20));
                queue.sortBy("Due");
                queue.waitForSort("Due", "ascending");
                queue.waitForNumbers(List.of(unanswered, answered));
                Duration untilDue = Duration.between(Instant.now(), raised.plus(Duration.ofMinutes(1)));
                if (!queue.rowText(unanswered).contains("Breached") && !untilDue.isNegative()) {
                    Await.pause(untilDue); // the queue cannot flag the case before it is due
                }
                while (!queue.rowText(unanswered).contains("Breached")) {
                    if (Instant.now().isAfter(raised.plus(Duration.ofSeconds(150)))) {
                        admin.screenshot("desk-queue-due-not-flagged");
                        throw new AssertionError("not flagged breached in time: " + queue.text());
                    }
                    Await.pause(Duration.ofSeconds(1));
                    queue = CaseListPage.openQueue(admin).search(tag);
                    queue.waitForNumbers(List.of(unanswered, answered));
                }
                assertTrue(queue.rowText(unanswered).contains("Breached"));
                assertTrue(!queue.rowText(answered).contains("Breached"), queue.rowText(answered));
                admin.screenshot("desk-queue-due-desktop");
                admin.resize(Browser.PHONE);
                CaseListPage.openQueue(admin).search(tag).waitForNumbers(List.of(unanswered, answered));
                admin.screenshot("desk-queue-due-phone");
                admin.resize(Browser.DESKTOP);

                try (Browser customer = Browser.open(base, "en")) {
                    SignInPage.open(customer).signIn(SITE_CONTACT, PASSWORD);
                    new CaseListPage(customer);
                    CasePage gold = CasePage.openAsCustomer(customer, Long.parseLong(answered));
                    assertEquals("Gold 24/7", gold.fact("case-service-level"));
                    String response = gold.fact("case-response");
                    assertTrue(response.startsWith("within 30 business minutes · due "), response);
                    assertTrue(response.endsWith("Met"), response);
                    String resolution = gold.fact("case-resolution");
                    assertTrue(resolution.startsWith("within 4 business hours · due "), resolution);
                    assertTrue(resolution.endsWith("Open"), resolution);
                    customer.screenshot("portal-case-service-level-desktop");
                    customer.resize(Browser.PHONE);
                    customer.screenshot("portal-case-service-level-phone");
                    customer.resize(Browser.DESKTOP);

                    CasePage late = CasePage.openAsCustomer(customer, Long.parseLong(unanswered));
                    assertEquals(quick, late.fact("case-service-level"));
                    assertTrue(late.fact("case-response").endsWith("Missed"), late.fact("case-response"));
                    assertTrue(late.fact("case-response").startsWith("within 1 business minute · due "));
                    customer.screenshot("portal-case-service-level-missed");
                }
            } catch (RuntimeException | AssertionError failure) {
                admin.screenshot("desk-service-level-failure");
                throw failure;
            } finally {
                // Other tests raise cases too: deleting the level leaves the portal without a default again.
                SettingsPage.open(admin, "service-levels").delete("list:entries", quick);
                // The queue remembers the administrator's order: give back the newest-first one.
                admin.resize(Browser.DESKTOP);
                CaseListPage queue = CaseListPage.openQueue(admin);
                for (int i = 0; i < 3 && !"descending".equals(queue.sortOf("Created")); i++) {
                    queue.sortBy("Created");
                    queue.waitForAjax();
                }
            }
        }
    }
}
