package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** Files on a case as a contact and the desk use them, in a real headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CaseFilesBrowserIT {

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
    public void contactKeepsFilesInAFolderAndDownloadsThem() throws Exception {
        Path report = Files.writeString(
                folder.resolve("Kylrum mätvärden.txt"), "Temperature -18 °C at 06:00\n", StandardCharsets.UTF_8);
        Path exactlyTenMb = Files.write(folder.resolve("camera.mp4"), new byte[TEN_MB]);
        Path tooLarge = Files.write(folder.resolve("too-large.mp4"), new byte[TEN_MB + 1]);
        String fileUrl;
        long number;

        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            NewCasePage form = new CaseListPage(browser).raiseCase();
            form.summary("Freezer 3 alarm " + UUID.randomUUID().toString().substring(0, 8))
                    .severity("Medium")
                    .save();
            number = form.raisedNumber();

            browser.go("portal/cases/detail.xhtml?number=" + number);
            CaseFilesPanel files = new CaseFilesPanel(browser);
            assertTrue(files.panelText().contains("No files yet"), "a new case shows the empty state");
            browser.screenshot("case-files-empty-desktop");

            files.createFolder("Measurements");
            assertEquals("Measurements", files.uploadTarget(), "uploads go into the new folder");
            files.choose(report);
            files.waitForRow("Kylrum mätvärden.txt");
            assertEquals(1, files.depth("Kylrum mätvärden.txt"), "the file lies inside the folder");
            assertEquals(0, files.depth("Measurements"));
            assertEquals(
                    "Sven Berg",
                    files.waitForRow("Kylrum mätvärden.txt")
                            .findElement(By.cssSelector("td.col-who"))
                            .getText());

            files.choose(exactlyTenMb);
            files.waitForRow("camera.mp4");
            assertEquals("10 MB", files.sizeOf("camera.mp4"), "a file of exactly 10 MB is accepted");
            browser.screenshot("case-files-desktop");

            files.choose(tooLarge);
            assertTrue(files.refusedMessage().contains("larger than 10 MB"), files.refusedMessage());
            files.scrollIntoView();
            browser.screenshot("case-files-too-large-desktop");
            browser.go("portal/cases/detail.xhtml?number=" + number);
            files = new CaseFilesPanel(browser);
            assertEquals(
                    List.of("Measurements", "Kylrum mätvärden.txt", "camera.mp4"),
                    files.names(),
                    "the refused file was never stored");

            fileUrl = files.downloadLink("Kylrum mätvärden.txt");
            HttpResponse<byte[]> download = get(fileUrl, browser);
            assertEquals(200, download.statusCode());
            assertArrayEquals(Files.readAllBytes(report), download.body(), "the same bytes come back");
            assertEquals(
                    "attachment; filename=\"Kylrum m_tv_rden.txt\";"
                            + " filename*=UTF-8''Kylrum%20m%C3%A4tv%C3%A4rden.txt",
                    download.headers().firstValue("Content-Disposition").orElse(""));
            assertEquals(
                    "nosniff",
                    download.headers().firstValue("X-Content-Type-Options").orElse(""));

            browser.resize(Browser.PHONE);
            files.scrollIntoView();
            browser.screenshot("case-files-phone");
        }

        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(OTHER_COMPANY_CONTACT, PASSWORD);
            new CaseListPage(browser);
            assertEquals(404, get(fileUrl, browser).statusCode(), "another company's contact gets not found");
            browser.go(URI.create(fileUrl).getPath().replaceFirst("^/[^/]+/", "") + "?"
                    + URI.create(fileUrl).getQuery());
            String page = browser.driver().findElement(By.tagName("main")).getText();
            assertTrue(page.contains("Not found"), page);
        }

        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            browser.go("desk/cases/work.xhtml?number=" + number);
            CaseFilesPanel files = new CaseFilesPanel(browser);
            String deskUrl = files.downloadLink("Kylrum mätvärden.txt");
            assertTrue(deskUrl.contains("/desk/cases/file"), deskUrl);
            assertEquals(200, get(deskUrl, browser).statusCode(), "the desk downloads the customer's file");
            browser.screenshot("desk-case-files-desktop");
        }
    }

    @Test
    public void folderNeedsANameAndTheRefusalIsInTheUsersLanguage() {
        try (Browser browser = Browser.open(base, "sv")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            NewCasePage form = new CaseListPage(browser).raiseCase();
            form.summary("Mappar utan namn").save();
            browser.go("portal/cases/detail.xhtml?number=" + form.raisedNumber());
            CaseFilesPanel files = new CaseFilesPanel(browser);
            browser.driver().findElement(By.id("caseFilesForm:createFolder")).click();
            assertEquals("Ge mappen ett namn.", files.messageBeside("caseFilesForm:folderName"));
            assertTrue(files.panelText().contains("Inga filer ännu"), "no folder was created");
            browser.resize(Browser.PHONE);
            files.scrollIntoView();
            browser.screenshot("case-files-swedish-phone");
        }
    }

    /** Fetches a link with the browser's session, as clicking it would, without a save dialog. */
    private static HttpResponse<byte[]> get(String url, Browser browser) throws IOException, InterruptedException {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
