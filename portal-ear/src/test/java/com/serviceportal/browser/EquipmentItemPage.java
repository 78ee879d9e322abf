package com.serviceportal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /portal/equipment/item.xhtml}: an item's facts, contract cover, cases and orders. */
public class EquipmentItemPage extends Page {

    public EquipmentItemPage(Browser browser) {
        super(browser);
        find(By.cssSelector(".equipment-details"));
    }

    /** A fact by its element id, e.g. {@code equipment-serial-number}. */
    public String fact(String id) {
        return find(By.id(id)).getText();
    }

    public List<String> coverReferences() {
        return driver.findElements(By.cssSelector(".cover-reference")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public List<String> caseNumbers() {
        return driver.findElements(By.cssSelector("a.equipment-case")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Where "Request service" leads: the link inside PrimeFaces' link button. */
    public String requestServiceLink() {
        WebElement button = find(By.id("requestService"));
        String own = button.getAttribute("href");
        return own != null
                ? own
                : button.findElements(By.tagName("a")).stream()
                        .map(a -> a.getAttribute("href"))
                        .findFirst()
                        .orElse(String.valueOf(button.getAttribute("onclick")));
    }

    public NewCasePage addCase() {
        find(By.id("addCase")).click();
        return new NewCasePage(browser);
    }

    /** The desk's "Raise a case for this item". */
    public NewCasePage raiseCaseAtDesk() {
        find(By.id("raiseCase")).click();
        return new NewCasePage(browser);
    }

    /** The equipment the new-case form starts with. */
    public static String chosenEquipment(Browser browser) {
        return browser.driver()
                .findElement(By.cssSelector("[id='newCase:equipment'] .ui-selectonemenu-label"))
                .getText();
    }

    public boolean offersEdit() {
        return !driver.findElements(By.id("edit")).isEmpty();
    }

    public EquipmentFormPage edit() {
        find(By.id("edit")).click();
        return new EquipmentFormPage(browser);
    }
}
