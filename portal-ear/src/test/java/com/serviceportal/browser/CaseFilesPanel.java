package com.serviceportal.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The files of a case on the portal's and the desk's case pages (the {@code caseFiles} tag). */
public class CaseFilesPanel extends Page {

    public CaseFilesPanel(Browser browser) {
        super(browser);
        find(By.cssSelector(".case-files"));
    }

    /** Scrolls the panel to the top of the window, for a screenshot of it. */
    public CaseFilesPanel scrollIntoView() {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView(true)", find(By.cssSelector(".case-files")));
        return this;
    }

    public String panelText() {
        return find(By.cssSelector(".case-files")).getText();
    }

    public CaseFilesPanel createFolder(String name) {
        find(By.id("caseFilesForm:folderName")).sendKeys(name);
        find(By.id("caseFilesForm:createFolder")).click();
        waitForRow(name);
        return this;
    }

    /** Asks for a folder the page may refuse, and waits for the answer. */
    public CaseFilesPanel tryFolder(String name) {
        find(By.id("caseFilesForm:folderName")).sendKeys(name);
        find(By.id("caseFilesForm:createFolder")).click();
        settle();
        return this;
    }

    /** The folder new uploads go into, as the menu shows it. */
    public String uploadTarget() {
        return find(By.id("caseFilesForm:uploadFolder_label")).getText();
    }

    /** Chooses files in the upload component; they are sent at once unless the browser refuses them. */
    public CaseFilesPanel choose(Path... files) {
        WebElement input = driver.findElement(By.id("caseFilesForm:upload_input"));
        input.sendKeys(
                String.join("\n", List.of(files).stream().map(Path::toString).toList()));
        return this;
    }

    /** Waits until a folder or file of this name is a line of the table. */
    public WebElement waitForRow(String name) {
        By row = By.xpath("//*[contains(@class,'case-files-table')]//tr[.//td[contains(@class,'col-name')"
                + " and normalize-space()='" + name + "']]");
        try {
            return Waits.upTo(driver, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(ExpectedConditions.visibilityOfElementLocated(row));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No line " + name + " in:\n" + panelText(), e);
        }
    }

    /** The file names of the table, top to bottom, folders included. */
    public List<String> names() {
        return driver.findElements(By.cssSelector(".case-files-table td.col-name")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    /** The tree level of a line: 0 at the top of the case, 1 inside a folder, and so on. */
    public int depth(String name) {
        return waitForRow(name)
                .findElements(By.cssSelector("td.col-name .ui-treetable-indent"))
                .size();
    }

    public String downloadLink(String fileName) {
        return waitForRow(fileName).findElement(By.cssSelector("a.file-link")).getAttribute("href");
    }

    public String sizeOf(String fileName) {
        return waitForRow(fileName).findElement(By.cssSelector("td.col-size")).getText();
    }

    /** The message the upload component shows for a file it refused in the browser. */
    public String refusedMessage() {
        return find(By.cssSelector(".case-files .ui-fileupload .ui-messages-error"))
                .getText();
    }

    /** A message of the files panel after an action (created, uploaded, refused). */
    public String message() {
        return find(By.cssSelector("[id='caseFilesForm:fileMessages'] .ui-messages-info, "
                        + "[id='caseFilesForm:fileMessages'] .ui-messages-error"))
                .getText();
    }
}
