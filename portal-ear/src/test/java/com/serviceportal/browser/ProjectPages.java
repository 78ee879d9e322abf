package com.serviceportal.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** The projects' pages: the portal's list and project page, and the desk's list and form. */
final class ProjectPages {

    private ProjectPages() {}

    /** {@code /portal/projects/list.xhtml} and {@code /desk/projects/list.xhtml}. */
    static class ProjectList extends Page {

        ProjectList(Browser browser) {
            super(browser);
            find(By.cssSelector(".project-table"));
        }

        static ProjectList openDesk(Browser browser) {
            browser.go("desk/projects/list.xhtml");
            return new ProjectList(browser);
        }

        List<String> numbers() {
            return driver.findElements(By.cssSelector(".project-link")).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        PortalProject open(String number) {
            submit(By.linkText(number));
            return new PortalProject(browser);
        }
    }

    /** {@code /portal/projects/project.xhtml}: the tabs of one project. */
    static class PortalProject extends Page {

        PortalProject(Browser browser) {
            super(browser);
            find(By.cssSelector(".project-tabs"));
        }

        PortalProject tab(String title) {
            find(By.xpath("//ul[@role='tablist']//a[normalize-space(.)='" + title + "']"))
                    .click();
            settle();
            return this;
        }

        List<String> column(String tableClass, int column) {
            return driver
                    .findElements(By.cssSelector("." + tableClass + " tbody tr td:nth-child(" + (column + 1) + ")"))
                    .stream()
                    .filter(WebElement::isDisplayed)
                    .map(cell -> cell.getText().replaceFirst("^.*\\n", "").strip())
                    .toList();
        }

        boolean timelineDrawn() {
            return !driver.findElements(By.cssSelector(".project-timeline .vis-item"))
                    .isEmpty();
        }

        /** Approves (or rejects) the one waiting request for change with a comment, and waits for the answer. */
        PortalProject decide(boolean approve, String comment) {
            WebElement field = find(By.cssSelector(".change-decision textarea"));
            field.clear();
            field.sendKeys(comment);
            find(By.cssSelector(".change-decision button[id$='" + (approve ? "approve" : "reject") + "']"))
                    .click();
            Waits.upTo(driver, Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d ->
                            d.findElements(By.cssSelector(".change-decision")).isEmpty());
            settle();
            return this;
        }

        /** Approves the waiting request with a comment the page refuses, and reads the error beside it. */
        String refusedApproval(String comment) {
            WebElement field = find(By.cssSelector(".change-decision textarea"));
            field.clear();
            field.sendKeys(comment);
            find(By.cssSelector(".change-decision button[id$='approve']")).click();
            return Waits.upTo(driver, Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector(".change-decision .ui-message-error")).stream()
                            .map(WebElement::getText)
                            .filter(text -> !text.isBlank())
                            .findFirst()
                            .orElse(null));
        }

        String messages() {
            return find(By.id("messages")).getText();
        }

        List<String> states() {
            return driver.findElements(By.cssSelector(".change-state")).stream()
                    .filter(WebElement::isDisplayed)
                    .map(WebElement::getText)
                    .toList();
        }
    }

    /** {@code /desk/projects/edit.xhtml}: the desk's project form. */
    static class DeskProjectForm extends Page {

        DeskProjectForm(Browser browser) {
            super(browser);
            find(By.id("project:number"));
        }

        static DeskProjectForm openNew(Browser browser) {
            browser.go("desk/projects/edit.xhtml");
            return new DeskProjectForm(browser);
        }

        DeskProjectForm fill(String number, String name, String customer) {
            replaceText("project:number", number);
            replaceText("project:name", name);
            choose("project:customer", customer);
            return this;
        }

        DeskProjectForm addObjective(String text) {
            replaceText("tabs:objectives:objectiveText", text);
            find(By.id("tabs:objectives:keep")).click();
            Waits.upTo(driver, Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.cssSelector(".objective-table"))
                            .getText()
                            .contains(text));
            return this;
        }

        DeskProjectForm addMilestone(String name, String date) {
            tab("Work list");
            replaceText("tabs:work:workName", name);
            choose("tabs:work:workKind", "Milestone");
            replaceText("tabs:work:plannedEnd_input", date);
            find(By.id("tabs:work:keep")).click();
            Waits.upTo(driver, Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.cssSelector(".work-table"))
                            .getText()
                            .contains(name));
            return this;
        }

        DeskProjectForm tab(String title) {
            find(By.xpath("//ul[@role='tablist']//a[normalize-space(.)='" + title + "']"))
                    .click();
            settle();
            return this;
        }

        DeskProjectForm save() {
            submit(By.id("project:save"));
            return new DeskProjectForm(browser);
        }

        String messages() {
            return find(By.id("messages")).getText();
        }

        /** "Raise a case" on the Issues tab: the desk's new-case form, which names the project. */
        String raiseCase() {
            tab("Issues");
            submit(By.id("tabs:raiseCase"));
            return find(By.id("caseProject")).getText();
        }
    }
}
