package com.serviceportal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A desk list with a search form: its text field {@code <form>:text}, its button {@code <form>:find}
 * and its table {@code <form>:rows}, whose rows link to the entries by name.
 */
abstract class DeskListPage<P extends DeskListPage<P>> extends Page {

    private final String form;
    private final String linkClass;

    DeskListPage(Browser browser, String form, String linkClass) {
        super(browser);
        this.form = form;
        this.linkClass = linkClass;
        find(By.id(form + ":rows"));
    }

    /** This page, typed as the subclass. */
    protected abstract P self();

    public P search(String text) {
        WebElement input = find(By.id(form + ":text"));
        input.clear();
        input.sendKeys(text);
        findAgain();
        return self();
    }

    /** Presses the form's find button and waits for the table. */
    protected void findAgain() {
        find(By.id(form + ":find")).click();
        settle();
    }

    /** The names in the table; empty when it shows its empty message. */
    public List<String> names() {
        return driver.findElements(By.cssSelector("[id='" + form + ":rows'] ." + linkClass)).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String emptyMessage() {
        return find(By.cssSelector("[id='" + form + ":rows'] .empty-state")).getText();
    }

    /** Follows the link of an entry by its name. */
    protected void openByName(String name) {
        find(By.linkText(name)).click();
    }
}
