package com.serviceportal.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The knowledge base's pages: the desk's list, article form and preview, the portal's search and article. */
final class KnowledgePages {

    private KnowledgePages() {}

    /** {@code /desk/knowledge/edit.xhtml}: writes, saves, publishes and archives an article. */
    static final class ArticleForm extends Page {

        ArticleForm(Browser browser) {
            super(browser);
            find(By.id("article:title"));
        }

        static ArticleForm open(Browser browser) {
            browser.go("desk/knowledge/edit.xhtml");
            return new ArticleForm(browser);
        }

        ArticleForm write(String title, String category, String problem, String solution) {
            replaceText("article:title", title);
            type("article:problem", problem);
            type("article:solution", solution);
            replaceText("article:category_input", category);
            return this;
        }

        ArticleForm language(String label) {
            find(By.xpath("//*[@id='article:language']//label[normalize-space(.)='" + label + "']"))
                    .click();
            return this;
        }

        /** Presses a button of the form ("save", "publish", "archive") and waits for the saved article. */
        ArticleForm press(String button) {
            post("article:" + button);
            return new ArticleForm(browser);
        }

        /** The id of the article the form shows, from its address. */
        String id() {
            return driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        }

        static ArticleForm open(Browser browser, String id) {
            browser.go("desk/knowledge/edit.xhtml?id=" + id);
            return new ArticleForm(browser);
        }

        String state() {
            return find(By.id("state")).getText();
        }

        String messages() {
            return find(By.id("messages")).getText();
        }

        /** Presses "Add Swedish/English version", which opens a new draft with the texts copied. */
        ArticleForm addVersion() {
            submit(By.id("addVersion"));
            return new ArticleForm(browser);
        }

        /** Replaces the title and the texts, as a translator does in the copied draft. */
        ArticleForm rewrite(String title, String problem, String solution) {
            replaceText("article:title", title);
            retype("article:problem", problem);
            retype("article:solution", solution);
            return this;
        }

        /** The title of the article's version in the other language, as the form links to it. */
        String otherVersion() {
            return find(By.id("otherVersionLink")).getText();
        }

        PlainPage preview() {
            submit(By.id("preview"));
            return new PlainPage(browser);
        }

        private void retype(String editorId, String text) {
            WebElement editor = find(By.cssSelector("[id='" + editorId + "'] .ql-editor"));
            editor.click();
            editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        }

        /** Types into a rich-text editor as a person would. */
        private void type(String editorId, String text) {
            WebElement editor = find(By.cssSelector("[id='" + editorId + "'] .ql-editor"));
            editor.click();
            editor.sendKeys(text);
        }
    }

    /** {@code /portal/knowledge/index.xhtml}: search, categories, most viewed. */
    static final class KnowledgeBase extends Page {

        KnowledgeBase(Browser browser) {
            super(browser);
            find(By.id("kb-search"));
        }

        KnowledgeBase search(String words) {
            replaceText("q", words);
            submit(By.id("searchButton"));
            return new KnowledgeBase(browser);
        }

        List<String> titles() {
            return driver.findElements(By.cssSelector(".kb-hit-title")).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        /** The note that the page lists fewer articles than there are, waiting for it. */
        String more() {
            return find(By.id("kbMore")).getText();
        }

        /** Whether the page says that it lists fewer articles than there are. */
        boolean saysMore() {
            return !driver.findElements(By.id("kbMore")).isEmpty();
        }

        /** The words marked in the hit's snippet and title. */
        List<String> marked(String titleStart) {
            return hit(titleStart).findElements(By.tagName("mark")).stream()
                    .map(WebElement::getText)
                    .toList();
        }

        Article open(String titleStart) {
            WebElement link = hit(titleStart).findElement(By.cssSelector(".kb-hit-title"));
            WebElement page = driver.findElement(By.tagName("html"));
            link.click();
            waitUntilGone(page);
            return new Article(browser);
        }

        private WebElement hit(String titleStart) {
            return find(By.xpath("//li[contains(@class,'kb-hit')][.//a[contains(@class,'kb-hit-title')"
                    + " and starts-with(normalize-space(.), '" + titleStart + "')]]"));
        }
    }

    /** {@code /portal/knowledge/article.xhtml}: an article, "Did this help?" and "Raise a case". */
    static final class Article extends Page {

        Article(Browser browser) {
            super(browser);
            find(By.cssSelector(".kb-article"));
        }

        String solution() {
            return find(By.cssSelector("#kb-solution + .kb-rich-text")).getText();
        }

        /** The link to the article's version in the other language ("Read in English", "Läs på svenska"). */
        String readIn() {
            return find(By.id("readIn")).getText();
        }

        /** Follows that link. */
        Article readOtherLanguage() {
            submit(By.id("readIn"));
            return new Article(browser);
        }

        /** Presses "Raise a case", which opens the new-case form about the article. */
        NewCasePage raiseCase() {
            submit(By.cssSelector("[id='helped:raiseCase'] a, a[id='helped:raiseCase']"));
            return new NewCasePage(browser);
        }

        /** Answers "Did this help?" and waits for the thanks. */
        String answer(boolean helped) {
            find(By.id(helped ? "helped:yes" : "helped:no")).click();
            return Waits.upTo(driver, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> {
                        List<WebElement> thanks = d.findElements(By.cssSelector(".kb-thanks"));
                        return thanks.isEmpty() ? null : thanks.get(0).getText();
                    });
        }
    }
}
