package com.serviceportal.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The articles suggested on the customer's new-case form, the article opened over the form, and the
 * desk's figures per month below an article's form.
 */
final class SuggestionPages {

    private SuggestionPages() {}

    /** {@code /portal/cases/new.xhtml} as the customer types the summary. */
    static final class SuggestingForm extends Page {

        SuggestingForm(Browser browser) {
            super(browser);
            find(By.id("newCase:summary"));
        }

        /** Types the summary as a person would, key by key. */
        SuggestingForm type(String summary) {
            find(By.id("newCase:summary")).sendKeys(summary);
            return this;
        }

        String summary() {
            return valueOf("newCase:summary");
        }

        /** The titles suggested, waiting until one contains the text. */
        List<String> suggestedWith(String text) {
            return Waits.upTo(driver, Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        List<String> titles = titles();
                        return titles.stream().anyMatch(t -> t.contains(text)) ? titles : null;
                    });
        }

        /** What the suggestions announce, e.g. "One article may answer this; …". */
        String announced() {
            return find(By.cssSelector(".case-suggestions-count")).getText();
        }

        /** Opens the suggestion whose title contains the text; the article shows over the form. */
        SuggestedArticle open(String text) {
            find(By.xpath("//a[contains(@class,'case-suggestion-title') and contains(normalize-space(.), '" + text
                            + "')]"))
                    .click();
            return new SuggestedArticle(browser);
        }

        private List<String> titles() {
            return driver.findElements(By.cssSelector(".case-suggestion-title")).stream()
                    .map(WebElement::getText)
                    .toList();
        }
    }

    /** The suggested article, in a dialog over the new-case form. */
    static final class SuggestedArticle extends Page {

        SuggestedArticle(Browser browser) {
            super(browser);
            find(By.cssSelector("#suggestedArticle .kb-article"));
            settle();
        }

        String title() {
            return find(By.cssSelector("#suggestedArticle .ui-dialog-title")).getText();
        }

        String solution() {
            return find(By.cssSelector("#suggestedArticle #kb-solution + .kb-rich-text"))
                    .getText();
        }

        /** "Back to my case": the dialog closes over the form as it was. */
        SuggestingForm back() {
            WebElement dialog = find(By.id("suggestedArticle"));
            find(By.id("suggested:back")).click();
            Waits.upTo(driver, Duration.ofSeconds(20)).until(d -> !dialog.isDisplayed());
            return new SuggestingForm(browser);
        }

        /** "This solved it": leaves the form without a case, for the knowledge base's thanks. */
        String solved() {
            submit(By.id("suggested:solved"));
            new KnowledgePages.KnowledgeBase(browser);
            return find(By.id("solved")).getText();
        }
    }

    /** The figures per month below the desk's article form ({@code /desk/knowledge/edit.xhtml?id=}). */
    static final class Figures extends Page {

        Figures(Browser browser, String articleId) {
            super(browser);
            browser.go("desk/knowledge/edit.xhtml?id=" + articleId);
            find(By.id("figures"));
        }

        /** This month's value of a column ("views", "cases-avoided"…), the table's first row. */
        String latest(String column) {
            String text = find(By.cssSelector("[id='months'] tbody tr:first-child td." + column))
                    .getText()
                    .strip();
            return text.substring(text.lastIndexOf('\n') + 1).strip();
        }

        /** The first row's month. */
        String latestMonth() {
            String text = find(By.cssSelector("[id='months'] tbody tr:first-child td:first-child"))
                    .getText()
                    .strip();
            return text.substring(text.lastIndexOf('\n') + 1).strip();
        }
    }
}
