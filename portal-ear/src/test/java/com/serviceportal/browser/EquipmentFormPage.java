package com.serviceportal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /portal/equipment/edit.xhtml}: the new and edit equipment form. */
public class EquipmentFormPage extends Page {

    public EquipmentFormPage(Browser browser) {
        super(browser);
        find(By.id("item:idNumber"));
    }

    /** Replaces a field's text, e.g. {@code idNumber}, {@code serialNumber}, {@code description}. */
    public EquipmentFormPage fill(String field, String value) {
        WebElement input = find(By.id("item:" + field));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    public EquipmentItemPage save() {
        find(By.id("item:save")).click();
        return new EquipmentItemPage(browser);
    }

    /** Saves a form that is refused, and answers the message shown. */
    public String saveRefused() {
        find(By.id("item:save")).click();
        return find(By.cssSelector(".ui-messages-error")).getText();
    }
}
