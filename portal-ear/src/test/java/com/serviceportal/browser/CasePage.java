package com.serviceportal.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /portal/cases/detail.xhtml} and the desk's {@code /desk/cases/work.xhtml}: one case. */
public class CasePage extends Page {

    public CasePage(Browser browser) {
        super(browser);
        find(By.id("case-number"));
    }

    public static CasePage openAsCustomer(Browser browser, long number) {
        browser.go("portal/cases/detail.xhtml?number=" + number);
        return new CasePage(browser);
    }

    public static CasePage openAtDesk(Browser browser, long number) {
        browser.go("desk/cases/work.xhtml?number=" + number);
        return new CasePage(browser);
    }

    public String status() {
        return find(By.id("case-status")).getText();
    }

    public String fact(String id) {
        return find(By.id(id)).getText();
    }

    /** The heading of the notes, e.g. "Notes (2)". */
    public String noteCount() {
        return find(By.id("note-count")).getText();
    }

    public List<String> notes() {
        return driver.findElements(By.cssSelector(".notes .note-text")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Adds a note with the given status (by the start of its label in the list). */
    public CasePage addNote(String status, String text) {
        choose("addNote:noteStatus", status);
        find(By.id("addNote:noteText")).sendKeys(text);
        submit(By.id("addNote:add"));
        return new CasePage(browser);
    }

    /** The desk's note with the time spent on it. */
    public CasePage addNoteWithTime(String status, String text, int hours, int minutes) {
        choose("addNote:noteStatus", status);
        find(By.id("addNote:noteText")).sendKeys(text);
        find(By.id("addNote:spentHours_input")).sendKeys(Integer.toString(hours));
        find(By.id("addNote:spentMinutes_input")).sendKeys(Integer.toString(minutes));
        submit(By.id("addNote:add"));
        return new CasePage(browser);
    }

    /** The customer's "Close case", confirmed in the dialog. */
    public CasePage close() {
        find(By.id("edit:close")).click();
        find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        return new CasePage(browser);
    }

    /** The customer's "Cancel case": confirmed in the dialog, or ({@code confirm} false) thought better of. */
    public CasePage cancel(boolean confirm) {
        find(By.id("edit:cancelCase")).click();
        WebElement answer = find(
                By.cssSelector(".ui-confirm-dialog " + (confirm ? ".ui-confirmdialog-yes" : ".ui-confirmdialog-no")));
        answer.click();
        if (!confirm) {
            Waits.upTo(driver, Duration.ofSeconds(20)).until(d -> !answer.isDisplayed());
            return this;
        }
        return new CasePage(browser);
    }

    public String message() {
        return find(By.cssSelector(
                        "#messages .ui-messages-info, #messages .ui-messages-warn, #messages .ui-messages-error"))
                .getText();
    }

    /** The desk's "Save" of status and severity (each by the start of its label). */
    public CasePage work(String status, String severity) {
        choose("work:status", status);
        choose("work:severity", severity);
        submit(By.id("work:save"));
        return new CasePage(browser);
    }

    /** The customer's edit of the summary, saved; the page answers with a message. */
    public CasePage saveSummary(String summary) {
        replaceText("edit:summary", summary);
        return save();
    }

    /** The customer's "Save" of the edit form as it stands. */
    public CasePage save() {
        submit(By.id("edit:save"));
        return new CasePage(browser);
    }

    /** The severity the customer's edit form holds. */
    public String severityInForm() {
        return chosen("edit:severity");
    }

    /** The desk's history, one text per change: what, from, to (e.g. "Severity High Medium"). */
    public List<String> history() {
        return driver.findElements(By.cssSelector(".history-table .ui-datatable-data > tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .skip(2)
                        .map(cell -> cell.getText()
                                .replaceFirst("^(What|From|To|Vad|Från|Till)\\s*", "")
                                .strip())
                        .filter(text -> !text.isEmpty())
                        .collect(java.util.stream.Collectors.joining(" ")))
                .toList();
    }

    public boolean canEdit() {
        return !driver.findElements(By.id("edit:save")).isEmpty();
    }
}
