package com.serviceportal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /desk/contracts/edit.xhtml}: the desk's contract form, whose fields follow the type. */
public class ContractFormPage extends Page {

    public ContractFormPage(Browser browser) {
        super(browser);
        find(By.id("contract:save"));
    }

    /** The list's "New contract". */
    public static ContractFormPage openNew(Browser browser) {
        browser.go("desk/contracts/list.xhtml");
        new ContractFormPage.ListPage(browser).newContract();
        return new ContractFormPage(browser);
    }

    public ContractFormPage reference(String reference) {
        find(By.id("contract:reference")).sendKeys(reference);
        return this;
    }

    public ContractFormPage customer(String labelStart) {
        choose("contract:customer", labelStart);
        return this;
    }

    public ContractFormPage equipment(String labelStart) {
        choose("contract:equipment", labelStart);
        return this;
    }

    public ContractFormPage type(String label) {
        choose("contract:type", label);
        return this;
    }

    public ContractFormPage serviceLevel(String label) {
        choose("contract:serviceLevel", label);
        return this;
    }

    public ContractFormPage monthlyHours(int hours) {
        WebElement input = find(By.id("contract:monthlyHours_input"));
        input.clear();
        input.sendKeys(Integer.toString(hours));
        return this;
    }

    public boolean shows(String fieldId) {
        return !driver.findElements(By.id("contract:" + fieldId + "_input")).isEmpty();
    }

    /** Saves; on success the browser is on the contract's page. */
    public void save() {
        find(By.id("contract:save")).click();
    }

    public List<String> errors() {
        find(By.cssSelector("#messages .ui-messages-error"));
        return driver.findElements(By.cssSelector("#messages .ui-messages-error li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** {@code /desk/contracts/list.xhtml} */
    public static class ListPage extends Page {

        public ListPage(Browser browser) {
            super(browser);
            find(By.id("contracts:rows"));
        }

        public void newContract() {
            find(By.id("newContract")).click();
        }

        public ListPage filterState(String label) {
            choose("contracts:state", label);
            return this;
        }
    }
}
