package com.serviceportal.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** {@code /portal/cases/new.xhtml}: the new-case form and, after saving, its confirmation. */
public class NewCasePage extends Page {

    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    public NewCasePage(Browser browser) {
        super(browser);
        find(By.id("newCase:summary"));
    }

    /** The client id of the analysis field with this label. */
    public String fieldLabelled(String label) {
        return find(By.xpath("//form[@id='newCase']//label[normalize-space()='" + label + "']"))
                .getAttribute("for");
    }

    /**
     * Types the summary. On the customer's form a pause in the typing brings article suggestions above
     * the description, which moves everything below them: like a person, the page waits for them, so
     * that a later click does not land where a button was before they came.
     */
    public NewCasePage summary(String summary) {
        List<WebElement> suggestions =
                summary.isEmpty() ? List.of() : driver.findElements(By.id("newCase:suggestions"));
        find(By.id("newCase:summary")).sendKeys(summary);
        if (!suggestions.isEmpty()) {
            waitUntilGone(suggestions.get(0));
            settle();
        }
        return this;
    }

    public NewCasePage description(String description) {
        find(By.id("newCase:description")).sendKeys(description);
        return this;
    }

    /** Picks a severity by its label. */
    public NewCasePage severity(String label) {
        find(By.xpath("//*[@id='newCase:severity']//label[span[@class='severity-name' and normalize-space()='" + label
                        + "']]"))
                .click();
        return this;
    }

    /** On the desk's page: the customer the case is for. */
    public NewCasePage customer(String labelStart) {
        choose("newCase:customer", labelStart);
        return this;
    }

    /** The contact the case is for, as the menu shows it. */
    public String chosenContact() {
        return chosen("newCase:contact");
    }

    public NewCasePage contact(String labelStart) {
        choose("newCase:contact", labelStart);
        return this;
    }

    /**
     * Types into the filter of a menu ("contact", "equipment") and answers the entries it still
     * shows; closes the menu again. Types only once the menu is open (it says so with
     * {@code aria-expanded}): its filter shows while the panel still fades in, and an Escape pressed
     * before the fade-in ends leaves the panel open.
     */
    public List<String> filter(String field, String text) {
        By trigger = By.cssSelector("[id='newCase:" + field + "'] .ui-selectonemenu-trigger");
        By filter = By.id("newCase:" + field + "_filter");
        By open = open(By.cssSelector("[id='newCase:" + field + "']"));
        find(trigger).click();
        Waits.upTo(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(open).isEmpty()
                        && d.findElements(filter).stream().anyMatch(WebElement::isDisplayed));
        driver.findElement(filter).sendKeys(text);
        By shown = By.cssSelector("[id='newCase:" + field + "_panel'] li.ui-selectonemenu-item");
        Waits.upTo(driver, Duration.ofSeconds(20)).until(d -> d.findElements(shown).stream()
                .filter(WebElement::isDisplayed)
                .allMatch(item -> item.getAttribute("data-label").toLowerCase().contains(text)));
        List<String> labels = driver.findElements(shown).stream()
                .filter(WebElement::isDisplayed)
                .map(item -> item.getAttribute("data-label"))
                .toList();
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        Waits.upTo(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(filter).stream().noneMatch(WebElement::isDisplayed));
        return labels;
    }

    /** A partner's case for one of its end users: the person it is for, and where replies go. */
    public NewCasePage endUser(String labelStart, boolean repliesToEndUser) {
        choose("newCase:endUserContact", labelStart);
        find(By.xpath("//*[@id='newCase:repliesToEndUser']//label[normalize-space()='"
                        + (repliesToEndUser ? "To the end user directly" : "To us (the contact raising the case)")
                        + "']"))
                .click();
        return this;
    }

    public NewCasePage equipment(String labelStart) {
        choose("newCase:equipment", labelStart);
        return this;
    }

    public NewCasePage contract(String labelStart) {
        choose("newCase:contract", labelStart);
        return this;
    }

    public NewCasePage faultCode(String friendlyName) {
        choose("newCase:faultCode", friendlyName);
        return this;
    }

    /**
     * Attaches a file: chooses it in the upload component (whose file input is in the page but not
     * shown) and waits until the form lists it as waiting for the save.
     */
    public NewCasePage attach(Path file) {
        int before = waitingFiles().size();
        choose(file);
        try {
            Waits.upTo(driver, Duration.ofSeconds(30))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> waitingFiles().size() > before);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "File " + file.getFileName() + " not listed; the form shows:\n"
                            + find(By.cssSelector(".new-case-files")).getText(),
                    e);
        }
        return this;
    }

    /**
     * Chooses a file the form may refuse, and waits until the files field speaks of it: a refusal
     * names the file in quotes.
     */
    public NewCasePage tryAttach(Path file) {
        choose(file);
        String quoted = "\"" + file.getFileName() + "\"";
        try {
            Waits.upTo(driver, Duration.ofSeconds(30))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.cssSelector(".new-case-files"))
                            .getText()
                            .contains(quoted));
        } catch (TimeoutException e) {
            throw new AssertionError("Nothing said about " + quoted + " in:\n" + filesHtml(), e);
        }
        return this;
    }

    /** The names of the files waiting for the save, top to bottom. */
    public List<String> waitingFiles() {
        return driver.findElements(By.cssSelector(".waiting-file .file-name")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    /** The size the form shows for a waiting file, e.g. "1.5 KB". */
    public String waitingSize(String name) {
        return waitingFile(name).findElement(By.cssSelector(".file-size")).getText();
    }

    /** Removes a waiting file and waits until the form no longer lists it. */
    public NewCasePage removeWaiting(String name) {
        waitingFile(name).findElement(By.cssSelector("button.remove-file")).click();
        Waits.upTo(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !waitingFiles().contains(name));
        return this;
    }

    /** The error beside the files (the message naming the upload as its field). */
    public String filesError() {
        try {
            return find(By.cssSelector("[data-for='newCase:upload']")).getText();
        } catch (AssertionError e) {
            throw new AssertionError("No error beside the files in:\n" + filesHtml(), e);
        }
    }

    private String filesHtml() {
        return driver.findElement(By.cssSelector(".new-case-files")).getAttribute("outerHTML");
    }

    private void choose(Path file) {
        driver.findElement(By.id("newCase:upload_input"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    private WebElement waitingFile(String name) {
        return find(By.xpath("//li[contains(@class,'waiting-file')][span[@class='file-name' and normalize-space()='"
                + name + "']]"));
    }

    /** The contracts offered, as the list shows them. */
    public java.util.List<String> contracts() {
        return driver.findElements(By.cssSelector("[id='newCase:contract_input'] option")).stream()
                .map(option -> option.getAttribute("textContent").strip())
                .toList();
    }

    /** The desk's new-case alert message shown after saving. */
    public String alert() {
        return find(By.id("alert")).getText();
    }

    public void save() {
        find(By.id("newCase:save")).click();
    }

    /** The confirmation after saving. */
    public String confirmation() {
        return find(By.id("raised")).getText();
    }

    public long raisedNumber() {
        Matcher matcher = NUMBER.matcher(confirmation());
        if (!matcher.find()) {
            throw new AssertionError("No case number in: " + confirmation());
        }
        return Long.parseLong(matcher.group(1));
    }

    public String summaryError() {
        return find(By.cssSelector(".field .ui-message-error")).getText();
    }

    public CaseListPage backToCases() {
        find(By.id("back")).click();
        return new CaseListPage(browser);
    }
}
