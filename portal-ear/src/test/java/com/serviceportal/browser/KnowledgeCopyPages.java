package com.serviceportal.browser;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/** The pages of "Copy to knowledge base" and of images in articles. */
final class KnowledgeCopyPages {

    private KnowledgeCopyPages() {}

    /** {@code /desk/knowledge/copy.xhtml}: the notes of a case to copy into a new article. */
    static final class CopyPage extends Page {

        CopyPage(Browser browser) {
            super(browser);
            find(By.id("copy:open"));
        }

        /** Presses "Copy to knowledge base" on the desk's case page. */
        static CopyPage from(CasePage casePage, Browser browser) {
            casePage.submit(By.id("copyToKnowledge"));
            return new CopyPage(browser);
        }

        /** Ticks the note whose label contains the text. */
        CopyPage choose(String noteText) {
            find(By.xpath("//*[@id='copy:notes']//label[contains(normalize-space(.), '" + noteText + "')]"))
                    .click();
            return this;
        }

        boolean isChosen(String noteText) {
            String input = find(By.xpath(
                            "//*[@id='copy:notes']//label[contains(normalize-space(.), '" + noteText + "')]"))
                    .getAttribute("for");
            return driver.findElement(By.id(input)).isSelected();
        }

        /** Opens the draft, which is the article form not saved yet. */
        Draft open() {
            submit(By.id("copy:open"));
            return new Draft(browser);
        }
    }

    /** {@code /desk/knowledge/edit.xhtml}, as the copy or the desk's article page shows it. */
    static final class Draft extends Page {

        Draft(Browser browser) {
            super(browser);
            find(By.id("article:title"));
        }

        String notice() {
            return find(By.id("copiedNotice")).getText();
        }

        String title() {
            return find(By.id("article:title")).getAttribute("value");
        }

        String problem() {
            return find(By.cssSelector("[id='article:problem'] .ql-editor")).getText();
        }

        String solution() {
            return find(By.cssSelector("[id='article:solution'] .ql-editor")).getText();
        }

        String sourceLink() {
            return find(By.id("sourceCase")).getText();
        }

        /**
         * Types the image's description, chooses the file and waits until the editor shows the image;
         * answers the image's address.
         */
        String addImage(String alt, Path file) {
            find(By.id("image:alt")).sendKeys(alt);
            driver.findElement(By.id("image:upload_input"))
                    .sendKeys(file.toAbsolutePath().toString());
            try {
                return Waits.upTo(driver, Duration.ofSeconds(30))
                        .ignoring(StaleElementReferenceException.class)
                        .until(d -> d.findElements(By.cssSelector("[id='article:solution'] .ql-editor img")).stream()
                                .map(img -> img.getAttribute("src"))
                                .filter(src -> src != null && src.contains("/portal/knowledge/image?id="))
                                .findFirst()
                                .orElse(null));
            } catch (TimeoutException e) {
                throw new AssertionError(
                        "No image in the solution; the images card shows:\n"
                                + find(By.cssSelector(".kb-images")).getText(),
                        e);
            }
        }

        /** The solution's HTML as the editor holds it. */
        String solutionHtml() {
            return find(By.cssSelector("[id='article:solution'] .ql-editor")).getAttribute("innerHTML");
        }

        String imageAlt() {
            return find(By.cssSelector("[id='article:solution'] .ql-editor img"))
                    .getAttribute("alt");
        }
    }

    /** Waits until the page's image with this alt text has loaded, and answers its width as shown. */
    static long shownWidth(Browser browser, String alt) {
        By image = By.cssSelector(".kb-rich-text img[alt='" + alt + "']");
        return Waits.upTo(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement img = d.findElement(image);
                    Object width = ((JavascriptExecutor) d)
                            .executeScript(
                                    "return arguments[0].complete && arguments[0].naturalWidth > 0"
                                            + " ? arguments[0].getBoundingClientRect().width : null;",
                                    img);
                    return width == null ? null : ((Number) width).longValue();
                });
    }
}
