package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;

/**
 * Fields that the browser used to cut at {@code maxlength} in a headless Chromium: an over-long
 * analysis answer on the new-case form, case folder name, and names on the administrator's teams and
 * statuses screens, and the performed action of a desk's work order, are refused with a message beside
 * the field, what was typed stays in it, and the page is no error page. Nothing over-long is saved, so
 * no shared setting changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class FieldLengthsBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void anAnswerAndAFolderNameTooLongAreRefusedBesideTheirFields() {
        String question = "Alarm text " + UUID.randomUUID().toString().substring(0, 8);
        String answer = "Högtryck " + "x".repeat(1992);
        String folderName = "Mätvärden " + "x".repeat(111);
        try (Browser admin = Browser.open(base, "en")) {
            SignInPage.open(admin).signIn(ADMINISTRATOR, PASSWORD);
            new CaseListPage(admin);
            // A text question of the test's own, answered by nobody and deleted at the end.
            SettingsPage.open(admin, "fields").fill("editor:label", question).press("editor:save");
            try (Browser browser = Browser.open(base, "en")) {
                SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
                NewCasePage form = new CaseListPage(browser).raiseCase();
                String field = form.fieldLabelled(question);
                form.summary("Conveyor stops " + UUID.randomUUID().toString().substring(0, 8))
                        .severity("Medium");
                form.replaceText(field, answer);
                form.post("newCase:save");
                form = new NewCasePage(browser);
                assertEquals("At most 2000 characters.", form.messageBeside(field));
                assertEquals(answer, form.valueOf(field), "what was typed is kept, not cut");
                screenshots(browser, "new-case-answer-too-long");

                form.replaceText(field, "");
                form.save();
                long number = form.raisedNumber();

                browser.go("portal/cases/detail.xhtml?number=" + number);
                CaseFilesPanel files = new CaseFilesPanel(browser).tryFolder(folderName);
                assertEquals(
                        "A folder name may have at most 120 characters.",
                        files.messageBeside("caseFilesForm:folderName"));
                assertEquals(folderName, files.valueOf("caseFilesForm:folderName"), "what was typed is kept");
                assertFalse(files.panelText().contains(folderName), "no folder was made");
                files.scrollIntoView();
                screenshots(browser, "case-folder-name-too-long");
            } finally {
                SettingsPage.open(admin, "fields").delete("list:entries", question);
            }
        }
    }

    @Test
    public void aTeamsAndAStatussNameTooLongAreRefusedBesideTheField() {
        String team = "Field service north " + "x".repeat(61);
        String status = "Waiting for parts " + "x".repeat(43);
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(ADMINISTRATOR, PASSWORD);
            new CaseListPage(browser);

            SettingsPage teams = SettingsPage.open(browser, "teams")
                    .fill("editor:name", team)
                    .press("editor:save");
            assertEquals("Name: at most 80 characters", teams.messageBeside("editor:name"));
            assertEquals(team, teams.value("editor:name"), "what was typed is kept, not cut");
            assertFalse(String.join("\n", teams.rows("list:entries")).contains(team), "nothing was saved");
            teams.show("editor:name");
            screenshots(browser, "desk-settings-team-name-too-long");

            SettingsPage statuses = SettingsPage.open(browser, "statuses")
                    .fill("editor:name", status)
                    .press("editor:save");
            assertEquals("Name: at most 60 characters", statuses.messageBeside("editor:name"));
            assertEquals(status, statuses.value("editor:name"), "what was typed is kept, not cut");
        }
    }

    @Test
    public void aPerformedActionTooLongIsRefusedAndWhatWasTypedStays() {
        String typed = "Mounted the cold room panels and " + "x".repeat(3968);
        assertEquals(4001, typed.length());
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            // the demo's planned install order (V6); a refused save changes nothing
            browser.go("desk/orders/order.xhtml?id=103");
            DeskOrderPage order = new DeskOrderPage(browser);
            order.replaceText("performed:performedAction", typed);
            order.post("performed:savePerformed");
            order = new DeskOrderPage(browser);
            String refusal = order.messageBeside("performed:performedAction");
            assertTrue(refusal.startsWith("The performed action is too long"), refusal);
            assertEquals(
                    typed, order.valueOf("performed:performedAction"), "what was typed is kept, not the saved text");
        }
    }

    private static void screenshots(Browser browser, String name) {
        browser.resize(new Dimension(1366, 900));
        browser.screenshot(name + "-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot(name + "-phone");
        browser.resize(Browser.DESKTOP);
    }
}
