package com.serviceportal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The desk's contact pages: the list ({@code /desk/contacts/list.xhtml}) and the form. */
public final class ContactPages {

    private ContactPages() {}

    /** {@code /desk/contacts/list.xhtml} */
    public static class ListPage extends DeskListPage<ListPage> {

        public ListPage(Browser browser) {
            super(browser, "contacts", "contact-link");
        }

        public static ListPage open(Browser browser) {
            browser.go("desk/contacts/list.xhtml");
            return new ListPage(browser);
        }

        @Override
        protected ListPage self() {
            return this;
        }

        public FormPage newContact() {
            find(By.id("newContact")).click();
            return new FormPage(browser);
        }

        public ListPage showDeleted() {
            find(By.cssSelector("[id='contacts:deleted'] .ui-toggleswitch-slider"))
                    .click();
            findAgain();
            return this;
        }

        public FormPage open(String name) {
            openByName(name);
            return new FormPage(browser);
        }

        /** Where the e-mail addresses of the listed contacts lead (mailto: links). */
        public List<String> mailLinks() {
            return browser.driver().findElements(By.cssSelector("[id='contacts:rows'] a.mailto")).stream()
                    .map(link -> link.getAttribute("href"))
                    .toList();
        }

        /** Clicks an export button and waits for the downloaded file. */
        public Path export(String buttonId, String fileName, Path folder) {
            try {
                Files.createDirectories(folder);
                Files.deleteIfExists(folder.resolve(fileName));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            browser.downloadsTo(folder);
            find(By.id("contacts:" + buttonId)).click();
            Path file = folder.resolve(fileName);
            Waits.upTo(driver, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> Files.exists(file));
            return file;
        }
    }

    /** {@code /desk/contacts/edit.xhtml}: details, aliases, portal options and items in tabs. */
    public static class FormPage extends Page {

        public FormPage(Browser browser) {
            super(browser);
            find(By.id("contact:save"));
        }

        public FormPage type(String field, String value) {
            WebElement input = find(By.id("contact:tabs:" + field));
            input.clear();
            input.sendKeys(value);
            return this;
        }

        /** Types into the custom field with the given label. */
        public FormPage customField(String label, String value) {
            WebElement labelElement = find(By.xpath("//label[normalize-space(.)='" + label + "']"));
            WebElement input = find(By.id(labelElement.getAttribute("for")));
            input.clear();
            input.sendKeys(value);
            return this;
        }

        public FormPage customer(String labelStart) {
            choose("contact:tabs:customer", labelStart);
            return this;
        }

        public FormPage partner(String labelStart) {
            choose("contact:tabs:partner", labelStart);
            return this;
        }

        public String chosenPartner() {
            return chosen("contact:tabs:partner");
        }

        /** On the portal options tab: "Only the chosen sites", with the site picker and its filter. */
        public FormPage chosenSitesOnly() {
            tab("Portal options");
            find(By.xpath("//*[@id='contact:tabs:allSites']//label[normalize-space(.)='Only the chosen sites']"))
                    .click();
            find(By.id("contact:tabs:filterSites"));
            return this;
        }

        /** Types the filter's parts (field id → text, e.g. siteCity), sets "active only" and filters. */
        public FormPage filterSites(java.util.Map<String, String> parts, boolean activeOnly) {
            for (String field : new String[] {"siteName", "siteCity", "siteReference", "siteCategory"}) {
                type(field, parts.getOrDefault(field, ""));
            }
            WebElement box = find(By.id("contact:tabs:siteActiveOnly"));
            if (box.findElement(By.cssSelector(".ui-chkbox-box"))
                            .getAttribute("class")
                            .contains("ui-state-active")
                    != activeOnly) {
                box.findElement(By.cssSelector(".ui-chkbox-box")).click();
            }
            WebElement before = find(By.id("contact:tabs:siteChoice"));
            find(By.id("contact:tabs:filterSites")).click();
            waitUntilGone(before);
            find(By.id("contact:tabs:filterSites"));
            return this;
        }

        /** The sites the picker lists, as labelled. */
        public List<String> listedSites() {
            return driver.findElements(By.cssSelector("[id='contact:tabs:sites'] label")).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        /** Ticks the listed site whose label starts so. */
        public FormPage tickSite(String labelStart) {
            find(By.xpath("//*[@id='contact:tabs:sites']//label[starts-with(normalize-space(.),'" + labelStart + "')]"))
                    .click();
            return this;
        }

        /** The sites ticked, as labelled. */
        public List<String> tickedSites() {
            return driver.findElements(By.cssSelector("[id='contact:tabs:sites'] input[type=checkbox]")).stream()
                    .filter(WebElement::isSelected)
                    .map(input -> driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
                            .getText())
                    .toList();
        }

        /** Where the "show on map" link of the saved GPS position leads. */
        public String mapAddress() {
            return find(By.id("contact:tabs:map")).getAttribute("href");
        }

        public String chosenCustomer() {
            return chosen("contact:tabs:customer");
        }

        public FormPage country(String labelStart) {
            choose("contact:tabs:country", labelStart);
            return this;
        }

        public FormPage tab(String title) {
            find(By.xpath("//ul[contains(@class,'ui-tabs-nav')]//a[normalize-space(.)='" + title + "']"))
                    .click();
            return this;
        }

        public FormPage addAlias(String address) {
            find(By.id("contact:tabs:newAlias")).sendKeys(address);
            find(By.id("contact:tabs:addAlias")).click();
            find(By.xpath("//span[@class='alias' and text()='" + address + "']"));
            return this;
        }

        public FormPage sendTo(String address) {
            choose("contact:tabs:sendTo", address);
            return this;
        }

        public FormPage save() {
            submit(By.id("contact:save"));
            return new FormPage(browser);
        }

        public FormPage delete() {
            find(By.id("contact:delete")).click();
            find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
            browser.screenshot("desk-contact-confirm-delete");
            find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
            return new FormPage(browser);
        }

        /** Follows "Sign-in and access". */
        public ContactAccessPage access() {
            submit(By.cssSelector("a[href*='/desk/contacts/access.xhtml']"));
            return new ContactAccessPage(browser);
        }

        public FormPage restore() {
            find(By.id("contact:restore")).click();
            return new FormPage(browser);
        }

        public boolean showsDeleted() {
            return !driver.findElements(By.id("contact:deletedTag")).isEmpty();
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

        /** The message shown beside a field of the details tab. */
        public String fieldMessage(String field) {
            return find(By.xpath("//*[@id='contact:tabs:" + field
                            + "']/following-sibling::*[contains(@class,'ui-message-error')]"))
                    .getText();
        }

        /** What a field of the details tab holds, line breaks included. */
        public String value(String field) {
            return find(By.id("contact:tabs:" + field)).getDomProperty("value");
        }

        /** Waits until the Items tab shows its table. */
        public FormPage waitUntilItemsListed() {
            find(By.cssSelector("[id='contact:tabs:itemRows'] a.equipment-link"));
            return this;
        }

        /** The Items tab's ID numbers, in the order listed. */
        public List<String> itemIdNumbers() {
            return driver.findElements(By.cssSelector("[id='contact:tabs:itemRows'] a.equipment-link")).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        /** The ID numbers of the items shared with the contact itself (those it can remove). */
        public List<String> sharedItemIdNumbers() {
            return driver
                    .findElements(
                            By.xpath("//*[@id='contact:tabs:itemRows']//tr[.//*[contains(@class,'equipment-shared')]]"
                                    + "//a[contains(@class,'equipment-link')]"))
                    .stream()
                    .map(WebElement::getText)
                    .toList();
        }

        /** Shares an item chosen by the start of its label and waits until the tab lists it. */
        public FormPage shareItem(String idNumber) {
            choose("contact:tabs:itemToShare", idNumber);
            find(By.id("contact:tabs:shareItem")).click();
            waitForItems(ids -> ids.contains(idNumber));
            return this;
        }

        /** Stops sharing a listed item with the contact and waits until the tab no longer lists it. */
        public FormPage stopSharing(String idNumber) {
            find(By.xpath("//*[@id='contact:tabs:itemRows']//tr[.//a[normalize-space(.)='" + idNumber
                            + "']]//button[contains(@id,'removeItem')]"))
                    .click();
            waitForItems(ids -> !ids.contains(idNumber));
            return this;
        }

        /** Clicks the Items tab's Excel button and waits for the downloaded workbook. */
        public Path exportItems(Path folder) {
            try {
                Files.createDirectories(folder);
                Files.deleteIfExists(folder.resolve("items.xlsx"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            browser.downloadsTo(folder);
            find(By.id("contact:tabs:itemsExcel")).click();
            Path file = folder.resolve("items.xlsx");
            Waits.upTo(driver, Duration.ofSeconds(20)).until(d -> Files.exists(file));
            return file;
        }

        private void waitForItems(java.util.function.Predicate<List<String>> expected) {
            Waits.upTo(driver, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> expected.test(itemIdNumbers()));
        }

        /** The same contact's page opened again, as a new visit. */
        public FormPage reopen() {
            driver.navigate().to(driver.getCurrentUrl());
            return new FormPage(browser);
        }
    }
}
