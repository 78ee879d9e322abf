package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.browser.ProjectPages.DeskProjectForm;
import com.serviceportal.browser.ProjectPages.PortalProject;
import com.serviceportal.browser.ProjectPages.ProjectList;
import com.serviceportal.it.DemoData;
import com.serviceportal.it.PortalEar;
import com.serviceportal.it.ProjectsITDriver;
import com.serviceportal.it.TestDriver;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Projects as people use them: anna opens the demo's "Cold chain upgrade" from the menu, reads its
 * tabs (the work list as a timeline with its table) and approves the waiting request for change;
 * the desk creates a project with an objective and a milestone. Desktop and phone widths.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ProjectsBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(ProjectsITDriver.class, DemoData.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    public void annaOpensHerProjectAndApprovesTheRequestForChange() {
        TestDriver helper = TestDriver.at(base, "projects");
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(COMPANY_CONTACT, PASSWORD);
            new CaseListPage(browser);
            browser.driver().findElement(By.linkText("Projects")).click();
            ProjectList list = new ProjectList(browser);
            assertTrue(
                    list.numbers().containsAll(List.of("NF-P-2601", "NF-P-2602")),
                    list.numbers().toString());
            browser.screenshot("projects-list-desktop");

            PortalProject project = list.open("NF-P-2601");
            assertEquals("NF-P-2601 Cold chain upgrade", project.heading());
            assertTrue(project.column("objective-table", 0)
                    .contains("An alarm reaches the service desk within two minutes"));
            browser.screenshot("projects-project-desktop");

            project.tab("Work list");
            assertTrue(project.timelineDrawn(), () -> "no timeline: " + browser.console());
            assertTrue(
                    project.column("work-table", 0).contains("Malmö switched over"),
                    project.column("work-table", 0).toString());
            browser.screenshot("projects-work-desktop");

            project.tab("Requests for change");
            assertEquals(List.of("Waiting for you"), project.states());
            browser.screenshot("projects-changes-desktop");
            browser.resize(Browser.PHONE);
            assertEquals(List.of(), browser.outsideTheWindow(), "nothing reaches past a phone's edge");
            browser.scrollTo("[id='tabs']");
            browser.screenshot("projects-changes-phone");
            project.tab("Work list");
            browser.scrollTo("[id='tabs']");
            browser.screenshot("projects-work-phone");
            browser.resize(Browser.DESKTOP);
            project.tab("Requests for change");

            assertEquals(
                    "Your comment: at most 2,000 characters.",
                    project.refusedApproval("Agreed. ".repeat(251)),
                    "a comment longer than the request keeps is refused beside it");
            assertEquals(List.of("Waiting for you"), project.states(), "and nothing was decided");
            project.decide(true, "Agreed, please fit them during the Malmö switch-over.");
            assertTrue(project.messages().contains("You approved request for change 1"), project.messages());
            assertEquals(List.of("Approved"), project.states());
            assertTrue(project.text().contains("Agreed, please fit them during the Malmö switch-over."));
            browser.screenshot("projects-approved-desktop");
        } finally {
            helper.post("reset-change", "project", "NF-P-2601", "change", "1");
        }
    }

    @Test
    public void theDesksCasePageNamesTheCasesProjectAndLeadsToIt() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            // the demo's conveyor case is one of the packing line project's issues
            browser.go("desk/cases/work.xhtml?number=10001");
            WebElement project = browser.driver().findElement(By.id("case-project"));
            assertEquals("NF-P-2602 Packing line 2 installation", project.getText());
            browser.screenshot("desk-case-project-desktop");
            project.findElement(By.tagName("a")).click();
            assertEquals("Project NF-P-2602", new DeskProjectForm(browser).heading());
        }
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            new CaseListPage(browser);
            browser.go("portal/cases/detail.xhtml?number=10001");
            browser.driver().findElement(By.id("case-number"));
            assertTrue(
                    browser.driver().findElements(By.id("case-project")).isEmpty(),
                    "the customer's case page leads to no desk page");
        }
    }

    @Test
    public void theDeskCreatesAProject() {
        TestDriver helper = TestDriver.at(base, "projects");
        String number = "NF-P-" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            ProjectList desk = ProjectList.openDesk(browser);
            assertTrue(desk.numbers().contains("NF-P-2601"), desk.numbers().toString());
            browser.screenshot("desk-projects-list-desktop");

            DeskProjectForm form = DeskProjectForm.openNew(browser)
                    .fill(number, "Loading dock doors", "Nordic Foods AB – Nordic Foods Malmö")
                    .addObjective("All four dock doors open by remote")
                    .addMilestone("Doors fitted", LocalDate.now().plusMonths(1).toString());
            browser.screenshot("desk-projects-new-desktop");
            DeskProjectForm saved = form.save();
            assertTrue(saved.messages().contains("Project " + number + " was saved."), saved.messages());
            assertEquals("Project " + number, saved.heading());
            browser.screenshot("desk-projects-saved-desktop");
            browser.resize(Browser.PHONE);
            assertEquals(List.of(), browser.outsideTheWindow(), "nothing reaches past a phone's edge");
            browser.screenshot("desk-projects-saved-phone");
            browser.scrollTo("[id='tabs']");
            browser.screenshot("desk-projects-tabs-phone");
            browser.resize(Browser.DESKTOP);

            assertEquals(
                    "For project " + number + " Loading dock doors",
                    saved.raiseCase(),
                    "the new case is the project's");
            browser.screenshot("desk-projects-raise-case-desktop");

            assertTrue(ProjectList.openDesk(browser).numbers().contains(number));
        } finally {
            helper.post("delete-project", "project", number);
        }
    }
}
