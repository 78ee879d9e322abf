package com.serviceportal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The desk's customer pages: the list ({@code /desk/customers/list.xhtml}) and the form. */
public final class CustomerPages {

    private CustomerPages() {}

    /** {@code /desk/customers/list.xhtml} */
    public static class ListPage extends DeskListPage<ListPage> {

        public ListPage(Browser browser) {
            super(browser, "customers", "customer-link");
        }

        public static ListPage open(Browser browser) {
            browser.go("desk/customers/list.xhtml");
            return new ListPage(browser);
        }

        @Override
        protected ListPage self() {
            return this;
        }

        public FormPage newCompany() {
            find(By.id("newCompany")).click();
            return new FormPage(browser);
        }

        public FormPage open(String name) {
            openByName(name);
            return new FormPage(browser);
        }
    }

    /** {@code /desk/customers/edit.xhtml}: a company or a site, with its links and a company's sites. */
    public static class FormPage extends Page {

        public FormPage(Browser browser) {
            super(browser);
            find(By.id("customer:save"));
        }

        public FormPage type(String field, String value) {
            WebElement input = find(By.id("customer:" + field));
            input.clear();
            input.sendKeys(value);
            return this;
        }

        public FormPage country(String labelStart) {
            choose("customer:country", labelStart);
            return this;
        }

        public FormPage accountManager(String labelStart) {
            choose("customer:accountManager", labelStart);
            return this;
        }

        public String company() {
            return chosen("customer:companyChoice");
        }

        public String value(String field) {
            return find(By.id("customer:" + field)).getAttribute("value");
        }

        /** Turns the "Active" switch to the given state. */
        public FormPage active(boolean on) {
            WebElement toggle = find(By.id("customer:active"));
            if (toggle.getAttribute("class").contains("ui-toggleswitch-checked") != on) {
                toggle.findElement(By.cssSelector(".ui-toggleswitch-slider")).click();
            }
            return this;
        }

        public FormPage save() {
            find(By.id("customer:save")).click();
            return new FormPage(browser);
        }

        public FormPage addSite() {
            find(By.id("addSite")).click();
            return new FormPage(browser);
        }

        public FormPage openCompany() {
            find(By.id("company")).click();
            return new FormPage(browser);
        }

        /** One of the links to the customer's lists ("cases", "equipment", "contracts"). */
        public void follow(String link) {
            submit(By.id(link));
        }

        public List<String> sites() {
            return driver.findElements(By.cssSelector(".site-list .site-link")).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        public List<String> errors() {
            find(By.cssSelector("#messages .ui-messages-error"));
            return driver.findElements(By.cssSelector("#messages .ui-messages-error li")).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        public String info() {
            return find(By.cssSelector("#messages .ui-messages-info")).getText();
        }
    }
}
