package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import com.serviceportal.it.WebSignIn;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Images in articles and "Copy to knowledge base" in the browser: the desk puts an image into an
 * article, sees it in the preview and publishes it, and a customer sees the image on the article page
 * (while the article was a draft, the image's address answered "not found"); the desk copies a case
 * into a new article choosing one of its notes, and the draft holds that note without the customer's name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class KnowledgeCopyBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    /** The files a test gives the browser to upload or download, removed after the test. */
    @TempDir
    private Path folder;

    @Test
    public void theDeskPublishesAnArticleWithAnImageThatACustomerSees() throws Exception {
        String mark = "img" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String title = "Reading the thermostat dial " + mark;
        String alt = "Thermostat dial set to 4 " + mark;
        Path picture = picture(folder.resolve("dial.png"));
        String[] written = {null};
        String[] src = {null};
        try (Browser desk = Browser.open(base, "en")) {
            SignInPage.open(desk).signIn(TECHNICIAN, PASSWORD);
            new PlainPage(desk);
            KnowledgePages.ArticleForm form = KnowledgePages.ArticleForm.open(desk)
                    .write(title, "Refrigeration", "Customers cannot tell which setting is colder.", "Turn the dial: ")
                    .press("save");
            written[0] = form.id();

            KnowledgeCopyPages.Draft page = new KnowledgeCopyPages.Draft(desk);
            // a scan far past the limit is refused beside the upload as it is chosen, the page stays
            Path scan = LargeFiles.twelveMegabytes(folder.resolve("scan.png"));
            assertEquals(
                    "The image \"scan.png\" is larger than 5 MB and was not uploaded.",
                    page.refusedUpload("image:upload", scan));
            src[0] = page.addImage(alt, picture);
            assertTrue(
                    desk.driver().findElements(By.id("image:upload_tooLarge")).isEmpty(), "the refusal is gone");
            assertEquals(alt, page.imageAlt());
            String html = page.solutionHtml();
            assertTrue(html.indexOf("Turn the dial") < html.indexOf("<img"), "after the text written: " + html);
            desk.scrollTo(".kb-images");
            screenshots(desk, "desk-knowledge-image-added");

            HttpClient sven = WebSignIn.signedIn(base, SITE_CONTACT, PASSWORD);
            assertEquals(404, get(sven, src[0]).statusCode(), "a draft's image is not served to a customer");

            form = form.press("publish");
            assertTrue(form.messages().contains("is published"), form.messages());
            assertEquals(alt, new KnowledgeCopyPages.Draft(desk).imageAlt(), "the saved text keeps the image");

            PlainPage preview = form.preview();
            assertTrue(KnowledgeCopyPages.shownWidth(desk, alt) > 100, "the preview shows the image");
            assertTrue(preview.text().contains("Turn the dial"), preview.text());
            screenshots(desk, "desk-knowledge-image-preview");

            HttpResponse<byte[]> image = get(sven, src[0]);
            assertEquals(200, image.statusCode());
            assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
            assertEquals(
                    "nosniff",
                    image.headers().firstValue("X-Content-Type-Options").orElse(""));

            try (Browser customer = Browser.open(base, "en")) {
                SignInPage.open(customer).signIn(SITE_CONTACT, PASSWORD);
                new PlainPage(customer);
                customer.go("portal/knowledge/article.xhtml?id=" + written[0]);
                KnowledgePages.Article article = new KnowledgePages.Article(customer);
                assertTrue(article.solution().contains("Turn the dial"), article.solution());
                assertTrue(KnowledgeCopyPages.shownWidth(customer, alt) > 100, "the customer sees the image");
                screenshots(customer, "portal-knowledge-article-image");
                customer.resize(Browser.PHONE);
                long onPhone = KnowledgeCopyPages.shownWidth(customer, alt);
                assertTrue(onPhone > 100 && onPhone < 390, "the image fits a phone: " + onPhone);
                customer.resize(Browser.DESKTOP);
            }
        } finally {
            if (written[0] != null) {
                archive(written[0]);
            }
            Files.deleteIfExists(picture);
        }
        HttpClient sven = WebSignIn.signedIn(base, SITE_CONTACT, PASSWORD);
        assertEquals(404, get(sven, src[0]).statusCode(), "archived, its image is gone for customers");
    }

    @Test
    public void theDeskCopiesACaseWithTheChosenNoteIntoADraft() {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        long number;
        try (Browser customer = Browser.open(base, "en")) {
            customer.go("portal/cases/list.xhtml");
            new SignInPage(customer).signIn(SITE_CONTACT, PASSWORD);
            NewCasePage newCase = new CaseListPage(customer).raiseCase();
            newCase.summary("Blast chiller alarm sounds every night " + mark)
                    .description("Sven Berg here, call me on 031-555 02 030 about the alarm.");
            newCase.save();
            number = newCase.raisedNumber();
        }
        try (Browser desk = Browser.open(base, "en")) {
            SignInPage.open(desk).signIn(TECHNICIAN, PASSWORD);
            new PlainPage(desk);
            CasePage work = CasePage.openAtDesk(desk, number)
                    .addNote("In progress", "Cleaned the condenser; told Sven the alarm limit is -15 " + mark)
                    .addNote("In progress", "Visit booked for Tuesday morning " + mark);

            KnowledgeCopyPages.CopyPage copy = KnowledgeCopyPages.CopyPage.from(work, desk);
            assertFalse(copy.isChosen("Cleaned the condenser"), "no note is chosen beforehand");
            copy.choose("Cleaned the condenser");
            screenshots(desk, "desk-knowledge-copy");

            KnowledgeCopyPages.Draft draft = copy.open();
            assertTrue(draft.notice().contains("placeholder"), draft.notice());
            assertEquals("Copied from case " + number, draft.sourceLink());
            assertEquals("Blast chiller alarm sounds every night " + mark, draft.title());
            assertTrue(draft.solution().contains("Cleaned the condenser"), draft.solution());
            assertFalse(draft.solution().contains("Visit booked"), "a note not chosen: " + draft.solution());
            String copied = draft.problem() + " " + draft.solution();
            for (String data : List.of("Sven", "Berg", "555 02 030")) {
                assertFalse(copied.contains(data), data + " passed into the draft: " + copied);
            }
            assertTrue(copied.contains("[kund]"), "Sven writes Swedish: " + copied);
            screenshots(desk, "desk-knowledge-copied-draft");
        }
    }

    private HttpResponse<byte[]> get(HttpClient session, String path) throws Exception {
        String address = base.toString().replaceAll("/$", "") + path.replaceAll("^https?://[^/]+", "");
        return session.send(
                HttpRequest.newBuilder(URI.create(address)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A picture of a dial, as a technician's photo would be. */
    private static Path picture(Path file) throws IOException {
        BufferedImage image = new BufferedImage(480, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xe8f0fa));
        g.fillRect(0, 0, 480, 240);
        g.setColor(new Color(0x1f5fa8));
        g.fillOval(160, 40, 160, 160);
        g.setColor(Color.WHITE);
        g.fillRect(236, 60, 8, 70);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** Takes the test's article away from readers again. */
    private void archive(String id) {
        try (Browser desk = Browser.open(base, "en")) {
            desk.checkEachPage(false);
            SignInPage.open(desk).signIn(TECHNICIAN, PASSWORD);
            new PlainPage(desk);
            KnowledgePages.ArticleForm.open(desk, id).press("archive");
        }
    }

    private static void screenshots(Browser browser, String name) {
        browser.screenshot(name + "-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot(name + "-phone");
        List<String> outside = browser.outsideTheWindow();
        browser.resize(Browser.DESKTOP);
        assertEquals(List.of(), outside, name + " at phone width");
    }
}
