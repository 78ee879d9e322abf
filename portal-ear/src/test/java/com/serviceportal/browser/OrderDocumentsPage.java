package com.serviceportal.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** The Documents card of an order, at the desk ({@code /desk/orders/order.xhtml}) or in the portal. */
public class OrderDocumentsPage extends Page {

    public OrderDocumentsPage(Browser browser) {
        super(browser);
        find(By.cssSelector("main h1"));
    }

    public static OrderDocumentsPage desk(Browser browser, long orderId) {
        browser.go("desk/orders/order.xhtml?id=" + orderId);
        OrderDocumentsPage page = new OrderDocumentsPage(browser);
        page.find(By.id("documents-card"));
        return page;
    }

    public static OrderDocumentsPage portal(Browser browser, long orderId) {
        browser.go("portal/orders/order.xhtml?id=" + orderId);
        return new OrderDocumentsPage(browser);
    }

    /** Uploads a file onto the order and waits until the answer has replaced the page. */
    public OrderDocumentsPage upload(String title, Path file) {
        find(By.id("orderUpload:orderDocumentTitle")).sendKeys(title);
        driver.findElement(By.cssSelector("input[type='file'][id^='orderUpload:orderFile']"))
                .sendKeys(file.toAbsolutePath().toString());
        submit(By.id("orderUpload:uploadOrderDocument"));
        return new OrderDocumentsPage(browser);
    }

    /** Presses Publish (or Withdraw) on a document's row and waits until its state changes. */
    public OrderDocumentsPage press(String title, String button, String state) {
        row(title).findElement(By.cssSelector("button." + button)).click();
        Waits.upTo(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> row(title).getText().contains(state));
        return this;
    }

    /** The titles of the documents the order's card lists. */
    public List<String> documents() {
        return driver.findElements(By.cssSelector("#documents-card .document-link")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    /** The address a document's link downloads from. */
    public String link(String title) {
        return find(By.xpath("//a[contains(@class,'document-link') and normalize-space(.)='" + title + "']"))
                .getAttribute("href");
    }

    /** Fetches an address in this browser's session: "status text" of the answer. */
    public String fetch(String address) {
        Object answer = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {redirect: 'manual'})"
                                + ".then(r => r.text().then(t => done(r.status + ' ' + t)))"
                                + ".catch(e => done('failed ' + e));",
                        address);
        return String.valueOf(answer);
    }

    private WebElement row(String title) {
        return find(By.xpath("//tr[.//a[contains(@class,'document-link') and normalize-space(.)='" + title + "']]"));
    }
}
