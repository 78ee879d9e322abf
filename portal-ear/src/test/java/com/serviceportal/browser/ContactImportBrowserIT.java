package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.DemoData;
import com.serviceportal.it.PortalEar;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administrator downloads the template, uploads a file with a header the wizard half recognises,
 * maps the rest, sees the rows that would be rejected and why, imports with a progress bar and
 * downloads the report of rejected rows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ContactImportBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(DemoData.class);
    }

    @ArquillianResource
    private URL base;

    /** The files a test gives the browser to upload or download, removed after the test. */
    @TempDir
    private Path folder;

    @Test
    public void administratorUploadsMapsChecksImportsAndDownloadsTheReport() throws Exception {
        String p = "web" + System.nanoTime() % 1_000_000 + "-";
        Path file = folder.resolve("kontakter.csv");
        Files.writeString(
                file,
                "First Name;Last Name;Email Address;Firma;Username;Country\r\n"
                        + "Karin;Kvist;" + p + "karin@web.example;Webbhandel AB " + p + ";" + p + "karin;Sverige\r\n"
                        + "Lena;Lund;" + p + "lena@web.example;Webbhandel AB " + p + ";" + p + "lena;Sweden\r\n"
                        + ";Utan;" + p + "x@web.example;Webbhandel AB " + p + ";" + p + "x;SE\r\n"
                        + "Mats;Mejl;inte-en-adress;Webbhandel AB " + p + ";" + p + "m;Atlantis\r\n",
                StandardCharsets.UTF_8);
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(ADMINISTRATOR, PASSWORD);
            new CaseListPage(browser);
            ContactImportPage page = ContactImportPage.open(browser).downloadsTo(folder);
            assertEquals("Import contacts", page.heading());
            browser.screenshot("desk-contact-import-start-desktop");

            Path template = page.download("template", folder, "contacts-template.csv");
            String headers = Files.readString(template, StandardCharsets.UTF_8);
            assertTrue(headers.contains("Title,First Name,Last Name,Email Address,Company,Department"), headers);
            assertTrue(headers.strip().endsWith("Locale,Line Manager Username"), headers);

            page.upload(file);
            assertTrue(page.messages().contains("kontakter.csv: 5 lines read."), page.messages());
            assertEquals("First name", page.fieldOf(1));
            assertEquals("E-mail address", page.fieldOf(3));
            assertEquals("(ignore)", page.fieldOf(4), "\"Firma\" is no header the wizard knows");
            page.map(4, "Company");
            browser.screenshot("desk-contact-import-columns-desktop");

            page.preview();
            String summary = page.previewSummary();
            assertTrue(summary.contains("Contacts to create: 2"), summary);
            assertTrue(summary.contains("Rows rejected: 2"), summary);
            assertTrue(summary.contains("New companies: Webbhandel AB " + p), summary);
            assertEquals(
                    List.of(
                            "4: First name is missing.",
                            "5: inte-en-adress is not an e-mail address. Unknown country: Atlantis."),
                    page.problems());
            browser.scrollTo(".import-preview");
            browser.screenshot("desk-contact-import-preview-desktop");
            browser.resize(Browser.PHONE);
            browser.scrollTo(".import-preview");
            browser.screenshot("desk-contact-import-preview-phone");
            browser.resize(Browser.DESKTOP);

            page.start();
            String done = page.awaitSummary();
            assertTrue(done.contains("Created: 2"), done);
            assertTrue(done.contains("Updated: 0"), done);
            assertTrue(done.contains("Rejected: 2"), done);
            assertEquals("100%", page.progressText());
            browser.scrollTo(".import-run");
            browser.screenshot("desk-contact-import-done-desktop");

            Path report = page.download("report", folder, "rejected-contacts.csv");
            List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
            assertEquals("\uFEFFLine,Name,Reasons", lines.get(0));
            assertEquals("4,Utan <" + p + "x@web.example>,First name is missing.", lines.get(1));
            assertTrue(
                    lines.get(2).startsWith("5,Mats Mejl <inte-en-adress>,inte-en-adress is not an e-mail address."),
                    lines.get(2));

            browser.resize(Browser.PHONE);
            browser.scrollTo(".import-run");
            browser.screenshot("desk-contact-import-done-phone");
        }
    }
}
