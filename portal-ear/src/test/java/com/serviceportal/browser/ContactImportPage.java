package com.serviceportal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The administrator's contact import wizard {@code /desk/contacts/import.xhtml}. */
public class ContactImportPage extends Page {

    public ContactImportPage(Browser browser) {
        super(browser);
        find(By.cssSelector("main .import-file"));
    }

    public static ContactImportPage open(Browser browser) {
        browser.go("desk/contacts/import.xhtml");
        return new ContactImportPage(browser);
    }

    /** Lets the browser save downloads into a folder, where {@link #download} finds them. */
    public ContactImportPage downloadsTo(Path folder) {
        browser.downloadsTo(folder);
        return this;
    }

    /** Presses a download button (template, report) and returns the file that arrives in the folder. */
    public Path download(String buttonId, Path folder, String fileName) {
        find(By.id("contactImport:" + buttonId)).click();
        Path file = folder.resolve(fileName);
        Waits.upTo(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> Files.exists(file) && sizeOf(file) > 0);
        return file;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Chooses a file to upload; the upload starts at once, and the columns appear. */
    public ContactImportPage upload(Path file) {
        driver.findElement(By.id("contactImport:file_input"))
                .sendKeys(file.toAbsolutePath().toString());
        find(By.cssSelector(".import-columns"));
        settle();
        return this;
    }

    /** The field chosen for a column (1 = the first), as the menu shows it. */
    public String fieldOf(int column) {
        return chosen("contactImport:columns:" + (column - 1) + ":field");
    }

    public ContactImportPage map(int column, String fieldLabel) {
        choose("contactImport:columns:" + (column - 1) + ":field", fieldLabel);
        return this;
    }

    public ContactImportPage preview() {
        find(By.id("contactImport:preview")).click();
        find(By.cssSelector(".import-preview"));
        settle();
        return this;
    }

    /** The text of the preview's counts and new companies. */
    public String previewSummary() {
        return find(By.cssSelector(".import-preview")).getText();
    }

    /** Each rejected row of the preview as "line: reasons". */
    public List<String> problems() {
        return driver.findElements(By.cssSelector(".import-problems tbody tr")).stream()
                .map(row -> row.findElement(By.cssSelector(".problem-line")).getText() + ": "
                        + row.findElement(By.cssSelector(".problem-reasons")).getText())
                .toList();
    }

    public ContactImportPage start() {
        find(By.id("contactImport:start")).click();
        find(By.cssSelector(".import-progress"));
        return this;
    }

    /** Waits for the summary at the end of the run and returns its text. */
    public String awaitSummary() {
        WebElement summary = Waits.upTo(driver, Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(".import-summary")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        return summary.getText();
    }

    public String progressText() {
        return find(By.cssSelector(".import-progress")).getText();
    }

    public String messages() {
        return find(By.id("messages")).getText();
    }

    /** Why the run ended without finishing, as the run's step says it. */
    public String failure() {
        return find(By.cssSelector(".import-failure")).getText();
    }

    /** Presses "Continue import" and waits for the run's progress to be shown again. */
    public ContactImportPage resume() {
        find(By.id("contactImport:resume")).click();
        settle();
        find(By.cssSelector(".import-progress"));
        return this;
    }
}
