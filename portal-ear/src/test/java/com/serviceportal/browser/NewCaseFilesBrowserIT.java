package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;

/**
 * Files attached on the new-case form while the case is described: listed at once, removable,
 * kept through a refused save, and the case's files once it is saved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class NewCaseFilesBrowserIT {

    private static final int TEN_MB = 10 * 1024 * 1024;

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @TempDir
    private Path folder;

    @Test
    public void contactAttachesAPhotoWhileDescribingAndTheSavedCaseHasIt() throws Exception {
        Path photo = Files.write(folder.resolve("broken-hinge.jpg"), new byte[1536]);
        Path wrongPhoto = Files.write(folder.resolve("freezer-door-old.jpg"), new byte[900]);
        // a 200-character name in one word, as cameras and scanners make them
        String longName = ("freezer-2-lower-door-hinge-" + "0123456789".repeat(20)).substring(0, 196) + ".jpg";
        Path longPhoto = Files.write(folder.resolve(longName), new byte[2048]);
        Path empty = Files.write(folder.resolve("empty.txt"), new byte[0]);
        Path tooLarge = Files.write(folder.resolve("too-large.mp4"), new byte[TEN_MB + 1]);
        String summary =
                "Door hinge of freezer 2 broken " + UUID.randomUUID().toString().substring(0, 8);

        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(COMPANY_CONTACT, PASSWORD);
            NewCasePage form = new CaseListPage(browser).raiseCase();
            form.description("The lower hinge snapped; the door no longer closes.");
            form.attach(photo).attach(wrongPhoto).attach(longPhoto);
            assertEquals(
                    List.of("broken-hinge.jpg", "freezer-door-old.jpg", longName),
                    form.waitingFiles(),
                    "each file is listed as soon as it is chosen");
            assertEquals("1.5 KB", form.waitingSize("broken-hinge.jpg"));

            for (Dimension width : List.of(new Dimension(1366, 900), Browser.PHONE)) {
                browser.resize(width);
                browser.scrollTo(".new-case-files");
                assertEquals(
                        List.of(),
                        browser.outsideTheWindow(),
                        "the list of waiting files keeps a 200-character name inside " + width.getWidth() + " px");
                browser.screenshot("new-case-files-" + (width.equals(Browser.PHONE) ? "phone" : "desktop"));
            }
            browser.resize(Browser.DESKTOP);
            form.removeWaiting(longName);

            form.tryAttach(empty);
            assertTrue(form.filesError().contains("\"empty.txt\" is empty"), form.filesError());
            form.tryAttach(tooLarge);
            assertTrue(
                    form.text().contains("\"too-large.mp4\" is larger than 10 MB"),
                    "a file over the limit is refused in the browser");

            form.removeWaiting("freezer-door-old.jpg");
            assertEquals(List.of("broken-hinge.jpg"), form.waitingFiles());

            form.save();
            assertTrue(form.summaryError().contains("Summary"), "saving without a summary is refused");
            assertEquals(List.of("broken-hinge.jpg"), form.waitingFiles(), "a refused save keeps the files waiting");

            form.summary(summary).save();
            long number = form.raisedNumber();

            CasePage.openAsCustomer(browser, number);
            CaseFilesPanel files = new CaseFilesPanel(browser);
            files.waitForRow("broken-hinge.jpg");
            assertEquals(List.of("broken-hinge.jpg"), files.names(), "the kept file, and not the removed one");
            assertEquals("1.5 KB", files.sizeOf("broken-hinge.jpg"));
        }
    }
}
