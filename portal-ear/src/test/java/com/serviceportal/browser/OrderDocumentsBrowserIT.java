package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents on a work order (SME CustomerPortal): the desk uploads a service report onto the demo
 * order "Yearly service of Freezer 2" of the Göteborg plant; the site's contact sees it on the order
 * only once it is published, and downloads it; a contact of another company is answered "not found".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class OrderDocumentsBrowserIT {

    /** The demo order "Yearly service of Freezer 2" (demo V6). */
    private static final long ORDER = 102;

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
    public void theDeskPublishesAServiceReportOnAnOrderAndOnlyTheSitesContactsReadIt() throws Exception {
        String title = "Service report " + UUID.randomUUID().toString().substring(0, 8);
        Path report = folder.resolve("service-report.txt");
        Files.writeString(report, "Freezer 2 serviced: " + title);

        try (Browser desk = Browser.open(base, "en")) {
            SignInPage.open(desk).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(desk);
            OrderDocumentsPage order = OrderDocumentsPage.desk(desk, ORDER).upload(title, report);
            assertTrue(order.text().contains("Not published"), order.text());

            try (Browser sven = Browser.open(base, "en")) {
                SignInPage.open(sven).signIn(SITE_CONTACT, PASSWORD);
                new CaseListPage(sven);
                assertFalse(
                        OrderDocumentsPage.portal(sven, ORDER).documents().contains(title),
                        "an unpublished document stays with the desk");

                order.press(title, "publish", "Published");
                desk.screenshot("desk-order-documents-desktop");

                OrderDocumentsPage seen = OrderDocumentsPage.portal(sven, ORDER);
                assertTrue(seen.documents().contains(title), seen.text());
                String link = seen.link(title);
                assertEquals("200 Freezer 2 serviced: " + title, seen.fetch(link), "sven downloads it");
                sven.scrollTo("#documents-card");
                sven.screenshot("portal-order-documents-desktop");
                sven.resize(Browser.PHONE);
                sven.scrollTo("#documents-card");
                sven.screenshot("portal-order-documents-phone");

                try (Browser mark = Browser.open(base, "en")) {
                    SignInPage.open(mark).signIn(OTHER_COMPANY_CONTACT, PASSWORD);
                    new CaseListPage(mark);
                    OrderDocumentsPage other = OrderDocumentsPage.portal(mark, ORDER);
                    assertFalse(other.text().contains(title), "another company's order is not shown");
                    assertTrue(other.fetch(link).startsWith("404"), "nor its document");
                }
            } finally {
                // customers no longer see what the test added
                OrderDocumentsPage.desk(desk, ORDER).press(title, "withdraw", "Not published");
            }
        }
    }
}
