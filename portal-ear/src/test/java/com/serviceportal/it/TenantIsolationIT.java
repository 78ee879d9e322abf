package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant isolation as an attacker would try it: one record of every kind (a knowledge article
 * written for the plant among them) is filed on the Göteborg plant with a marker word, and every
 * portal page, list and download is read, with the records' real ids in the address, as a contact
 * of another company, of the sibling site, a contact narrowed to no site at all, and a contact
 * deleted while signed in. None of them may meet the marker; the site's own
 * contact meets it everywhere.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class TenantIsolationIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(TenantIsolationITDriver.class, DemoData.class);
    }

    @ArquillianResource
    private URL base;

    private TestDriver driver;
    private String marker;
    private Map<String, String> ids;

    @BeforeEach
    void fileRecordsOnTheGoteborgPlant() {
        driver = TestDriver.at(base, "isolation");
        marker = "Iso" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        ids = new HashMap<>();
        for (String line : driver.post("records", "marker", marker).split("\n")) {
            String[] pair = line.split("=", 2);
            ids.put(pair[0], pair[1]);
        }
    }

    @Test
    public void theSitesOwnContactMeetsEveryRecord() {
        HttpClient sven = WebSignIn.signedIn(base, DemoData.SITE_CONTACT, DemoData.PASSWORD);

        for (String page : List.of(
                "/portal/cases/list.xhtml",
                "/portal/cases/detail.xhtml?number=" + ids.get("case"),
                "/portal/equipment/list.xhtml",
                "/portal/equipment/item.xhtml?id=" + ids.get("equipment"),
                "/portal/orders/list.xhtml",
                "/portal/orders/order.xhtml?id=" + ids.get("order"),
                "/portal/sites/documents.xhtml?site=" + ids.get("site"),
                "/portal/sites/invoices.xhtml?site=" + ids.get("site"),
                "/portal/cases/file?id=" + ids.get("file"),
                "/portal/sites/document?id=" + ids.get("document"),
                "/portal/knowledge/index.xhtml?q=" + ids.get("articleWord"),
                "/portal/knowledge/article.xhtml?id=" + ids.get("article"))) {
            HttpResponse<String> answer = get(sven, page);
            assertEquals(200, answer.statusCode(), page);
            assertTrue(answer.body().contains(visibleMark()), "sven meets the record on " + page);
        }
    }

    @Test
    public void aContactOfAnotherCompanyMeetsNothing() {
        meetsNothing(WebSignIn.signedIn(base, DemoData.OTHER_COMPANY_CONTACT, DemoData.PASSWORD), "mark");
    }

    @Test
    public void aContactOfTheSiblingSiteMeetsNothing() {
        String username = username("sibling");
        driver.post("contact", "username", username, "customer", "Nordic Foods Malmö warehouse");

        meetsNothing(WebSignIn.signedIn(base, username, DemoData.PASSWORD), "a Malmö contact");
    }

    @Test
    public void aCompanyContactNarrowedToNoSiteMeetsNothing() {
        String username = username("nosite");
        driver.post("contact", "username", username, "customer", "Nordic Foods AB", "site", "");

        meetsNothing(WebSignIn.signedIn(base, username, DemoData.PASSWORD), "a contact with no site chosen");
    }

    @Test
    public void aContactDeletedWhileSignedInMeetsNothingMore() {
        String username = username("deleted");
        String contact = driver.post("contact", "username", username, "customer", "Nordic Foods Göteborg plant");
        HttpClient session = WebSignIn.signedIn(base, username, DemoData.PASSWORD);
        assertTrue(get(session, "/portal/cases/list.xhtml").body().contains(visibleMark()), "while it exists");

        driver.post("delete", "contact", contact);

        meetsNothing(session, "a deleted contact");
    }

    @Test
    public void aContactNarrowedToAnotherSiteStillSeesTheCasesRaisedForItButNothingElseThere() {
        String username = username("mine");
        String contact = driver.post(
                "contact", "username", username, "customer", "Nordic Foods AB", "site", "Nordic Foods Malmö warehouse");
        String own = "Mine" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String number = driver.post("case-for", "contact", contact, "summary", own + " raised on the phone");
        HttpClient session = WebSignIn.signedIn(base, username, DemoData.PASSWORD);

        assertTrue(get(session, "/portal/cases/list.xhtml").body().contains(own), "its own case is listed");
        HttpResponse<String> detail = get(session, "/portal/cases/detail.xhtml?number=" + number);
        assertEquals(200, detail.statusCode());
        assertTrue(detail.body().contains(own), "and opens");
        meetsNothing(session, "a contact narrowed to Malmö");
    }

    private void meetsNothing(HttpClient session, String who) {
        String site = ids.get("site");
        for (String page : List.of(
                "/portal/cases/list.xhtml",
                "/portal/cases/new.xhtml",
                "/portal/contracts/list.xhtml",
                "/portal/equipment/list.xhtml",
                "/portal/equipment/edit.xhtml",
                "/portal/orders/list.xhtml",
                "/portal/orders/list.xhtml?type=SERVICE",
                "/portal/orders/reports.xhtml",
                "/portal/orders/report.xhtml",
                "/portal/sites/list.xhtml",
                "/portal/cases/new.xhtml?equipment=" + ids.get("equipment"),
                "/portal/orders/report.xhtml?site=" + site + "&equipment=" + ids.get("equipment"),
                "/portal/equipment/edit.xhtml?customer=" + site,
                "/portal/knowledge/index.xhtml",
                "/portal/knowledge/index.xhtml?q=" + ids.get("articleWord"),
                "/portal/knowledge/index.xhtml?category=Isolation")) {
            HttpResponse<String> answer = get(session, page);
            assertFalse(answer.body().contains(visibleMark()), who + " meets the marker on " + page);
        }
        for (String page : List.of(
                "/portal/cases/detail.xhtml?number=" + ids.get("case"),
                "/portal/cases/list.xhtml?site=" + site,
                "/portal/equipment/item.xhtml?id=" + ids.get("equipment"),
                "/portal/equipment/edit.xhtml?id=" + ids.get("equipment"),
                "/portal/equipment/list.xhtml?site=" + site,
                "/portal/orders/order.xhtml?id=" + ids.get("order"),
                "/portal/orders/list.xhtml?site=" + site,
                "/portal/sites/site.xhtml?id=" + site,
                "/portal/sites/documents.xhtml?site=" + site,
                "/portal/sites/invoices.xhtml?site=" + site,
                "/portal/cases/file?id=" + ids.get("file"),
                "/portal/sites/document?id=" + ids.get("document"),
                "/portal/knowledge/article.xhtml?id=" + ids.get("article"))) {
            HttpResponse<String> answer = get(session, page);
            assertFalse(answer.body().contains(visibleMark()), who + " meets the marker on " + page);
            boolean refused =
                    answer.statusCode() == 404 || answer.uri().getPath().endsWith("/signin.xhtml");
            assertTrue(
                    refused,
                    who + " is answered 'not found' (or sent to sign in) on " + page + ": " + answer.statusCode());
        }
    }

    /** The part of the marker every record shows: the equipment's ID number is the shortest. */
    private String visibleMark() {
        return marker.substring(0, 12);
    }

    private static String username(String kind) {
        return "iso-" + kind + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<String> get(HttpClient session, String page) {
        URI address = URI.create(base.toString().replaceAll("/$", "") + page);
        try {
            return session.send(
                    HttpRequest.newBuilder(address).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
