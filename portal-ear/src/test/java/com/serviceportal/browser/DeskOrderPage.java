package com.serviceportal.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** {@code /desk/orders/new.xhtml} and {@code /desk/orders/order.xhtml}: an order at the desk. */
public class DeskOrderPage extends Page {

    public DeskOrderPage(Browser browser) {
        super(browser);
        find(By.cssSelector("main h1"));
    }

    /** From the desk's case page: "Create order", which opens the prefilled form. */
    public static DeskOrderPage createFromCase(Browser browser, long caseNumber) {
        browser.go("desk/cases/work.xhtml?number=" + caseNumber);
        new DeskOrderPage(browser).find(By.id("createOrder")).click();
        DeskOrderPage form = new DeskOrderPage(browser);
        form.find(By.id("order:create"));
        return form;
    }

    public String chosenSite() {
        return chosen("order:site");
    }

    public String chosenEquipment() {
        return chosen("order:equipment");
    }

    public String description() {
        return find(By.id("order:description")).getAttribute("value");
    }

    public DeskOrderPage create() {
        find(By.id("order:create")).click();
        DeskOrderPage page = new DeskOrderPage(browser);
        page.find(By.id("order-status"));
        return page;
    }

    public long number() {
        return Long.parseLong(heading().replaceAll("\\D", ""));
    }

    public long id() {
        String url = driver.getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    public DeskOrderPage schedule(String plannedDate, String technician) {
        choose("schedule:technician", technician);
        // typed into the field, the calendar panel opens over the form; the form posts the field's text
        WebElement planned = find(By.id("schedule:planned_input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", planned, plannedDate);
        find(By.id("schedule:save")).click();
        return afterPost();
    }

    public DeskOrderPage addLine(
            String article, String description, String quantity, String price, String purchasePrice) {
        type("line:article", article);
        type("line:lineDescription", description);
        type("line:quantity_input", quantity);
        type("line:price_input", price);
        type("line:purchasePrice_input", purchasePrice);
        find(By.id("line:saveLine")).click();
        return afterPost();
    }

    public DeskOrderPage performedAction(String text) {
        type("performed:performedAction", text);
        find(By.id("performed:savePerformed")).click();
        return afterPost();
    }

    public DeskOrderPage complete() {
        find(By.id("actions:complete")).click();
        find(By.id("actions:yes")).click();
        return afterPost();
    }

    /** One of the order's facts by its id, e.g. {@code order-planned}. */
    public String fact(String id) {
        return find(By.id(id)).getText().strip();
    }

    public String status() {
        return find(By.id("order-status")).getText();
    }

    public String total() {
        return find(By.cssSelector("[id$='lineTotal']")).getText();
    }

    public String message() {
        return find(By.cssSelector("#messages")).getText();
    }

    private void type(String id, String text) {
        WebElement field = find(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    private DeskOrderPage afterPost() {
        Waits.upTo(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#messages .ui-messages-info, #messages .ui-messages-error")));
        return new DeskOrderPage(browser);
    }
}
