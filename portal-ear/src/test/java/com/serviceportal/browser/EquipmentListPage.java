package com.serviceportal.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /portal/equipment/list.xhtml} and the desk's list: a search field above a paged table. */
public class EquipmentListPage extends Page {

    public EquipmentListPage(Browser browser) {
        super(browser);
        find(By.cssSelector(".equipment-table"));
    }

    public static EquipmentListPage open(Browser browser, String path) {
        browser.go(path);
        return new EquipmentListPage(browser);
    }

    public List<String> idNumbers() {
        return driver.findElements(By.cssSelector(".equipment-table a.equipment-link")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Types a search and waits until the table shows exactly the expected ID numbers. */
    public EquipmentListPage search(String text, List<String> expected) {
        WebElement field = find(By.id("equipment:search"));
        field.clear();
        field.sendKeys(text);
        try {
            Waits.upTo(driver, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> idNumbers().equals(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Searching " + text + " shows " + idNumbers() + ", not " + expected, e);
        }
        return this;
    }

    /** Chooses a category and waits until the table shows exactly the expected ID numbers. */
    public EquipmentListPage category(String name, List<String> expected) {
        choose("equipment:category", name);
        return waitFor(name, expected);
    }

    private EquipmentListPage waitFor(String what, List<String> expected) {
        try {
            Waits.upTo(driver, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> idNumbers().equals(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Choosing " + what + " shows " + idNumbers() + ", not " + expected, e);
        }
        return this;
    }

    public EquipmentItemPage open(String idNumber) {
        find(By.linkText(idNumber)).click();
        return new EquipmentItemPage(browser);
    }

    public boolean offersNewEquipment() {
        return !driver.findElements(By.id("equipment:newEquipment")).isEmpty();
    }

    public EquipmentFormPage newEquipment() {
        find(By.id("equipment:newEquipment")).click();
        return new EquipmentFormPage(browser);
    }

    public String emptyText() {
        return find(By.id("no-equipment")).getText();
    }
}
