package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The calendar and the contacts' feeds against a company of the test's own: a contact sees its
 * sites' visits and its contract's dates, never another company's visit nor a cancelled one; a
 * site's contact sees the company's contract, as its Contracts page does; a feed, read back as
 * iCalendar, holds the same; a renewed address and a disabled login's address
 * answer 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CalendarIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(CalendarITDriver.class, DemoData.class);
    }

    @ArquillianResource
    private URL base;

    private TestDriver driver;
    private long ids;
    private String tabWasOn;
    private final LocalDate nextMonth = LocalDate.now().withDayOfMonth(1).plusMonths(1);

    @BeforeEach
    void fileTheCompany() {
        driver = TestDriver.at(base, "calendar");
        ids = 8_000_000_000L + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000L) * 100;
        tabWasOn = driver.post("setup", "base", Long.toString(ids));
    }

    @AfterEach
    void removeIt() {
        driver.post("teardown", "base", Long.toString(ids), "tabWasOn", tabWasOn);
    }

    @Test
    public void aContactSeesItsOwnVisitsAndContractDatesOnly() {
        Map<String, String[]> entries = entries("account", Long.toString(account()));

        assertTrue(entries.containsKey(visit(10)), entries.keySet()::toString);
        assertEquals("false", entries.get(visit(10))[1], "a visit with a time takes its hour");
        assertTrue(entries.get(visit(10))[2].contains("Own visit"), entries.get(visit(10))[2]);
        assertEquals("true", entries.get(visit(11))[1], "an order with only a planned day takes the day");
        assertFalse(entries.containsKey(visit(12)), "a cancelled order is no visit");
        assertFalse(entries.containsKey(visit(13)), "another company's visit");
        assertTrue(
                entries.containsKey("rollover-" + (ids + 20) + "-" + nextMonth.withDayOfMonth(15)),
                "the contract restores its hours on the 15th: " + entries.keySet());

        Map<String, String[]> otherCompany = entries("username", DemoData.OTHER_COMPANY_CONTACT);
        assertFalse(otherCompany.containsKey(visit(10)), "the company's visit, to another company's contact");
        assertFalse(otherCompany.containsKey(visit(13)), "a visit of a company it is not");
    }

    @Test
    public void aSitesContactSeesTheDatesOfItsCompanysContractAsItsContractsPageDoes() {
        String rollover = "rollover-" + (ids + 20) + "-" + nextMonth.withDayOfMonth(15);
        String siteAccount = Long.toString(ids + 6);

        assertTrue(
                entries("account", siteAccount).containsKey(rollover),
                "the company's contract covers the site: "
                        + entries("account", siteAccount).keySet());
        String path = driver.post("renew", "account", siteAccount);
        assertTrue(events(get(path).body()).containsKey(rollover), "and the site contact's feed holds it");
    }

    @Test
    public void projectMilestonesShowForTheContactsThatSeeTheProject() {
        Map<String, String[]> anna = entries("username", DemoData.COMPANY_CONTACT);
        List<String> annas = titles(anna, "milestone-");
        assertTrue(annas.contains("Malmö switched over (project NF-P-2601, Cold chain upgrade)"), annas::toString);
        assertTrue(
                annas.contains("Test run with product (project NF-P-2602, Packing line 2 installation)"),
                annas::toString);
        assertEquals(
                "true",
                anna.values().stream()
                        .filter(e -> e[0].startsWith("milestone-"))
                        .findFirst()
                        .orElseThrow()[1],
                "a milestone takes its day");
        List<String> svens = titles(entries("username", DemoData.SITE_CONTACT), "milestone-");
        assertEquals(
                List.of("Test run with product (project NF-P-2602, Packing line 2 installation)"),
                svens,
                "the Göteborg plant's contact sees only its site's project");
        assertEquals(List.of(), titles(entries("username", DemoData.OTHER_COMPANY_CONTACT), "milestone-"));
    }

    @Test
    public void theFeedHoldsWhatTheContactSeesAndNamesEachEntryAlikeEveryTime() {
        String path = driver.post("renew", "account", Long.toString(account()));

        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"),
                response.headers().toString());
        Map<String, VEvent> events = events(response.body());
        VEvent visit = events.get(visit(10));
        assertNotNull(visit, events.keySet()::toString);
        assertTrue(visit.getProperty(Property.DTSTAMP).isPresent(), "DTSTAMP");
        assertTrue(visit.getProperty(Property.DTSTART).orElseThrow().getValue().endsWith("Z"), "a visit in UTC");
        VEvent plannedDay = events.get(visit(11));
        assertEquals(
                nextMonth.plusDays(5).toString().replace("-", ""),
                plannedDay.getProperty(Property.DTSTART).orElseThrow().getValue(),
                "an all-day entry is a DATE");
        assertEquals(
                "DATE",
                plannedDay
                        .getProperty(Property.DTSTART)
                        .orElseThrow()
                        .getParameter("VALUE")
                        .orElseThrow()
                        .getValue());
        assertFalse(events.containsKey(visit(12)), "a cancelled order");
        assertFalse(events.containsKey(visit(13)), "another company's visit");

        assertEquals(events.keySet(), events(get(path).body()).keySet(), "the same UIDs at the next reading");
    }

    @Test
    public void aRenewedAddressAnswersNotFound() {
        String first = driver.post("renew", "account", Long.toString(account()));
        assertEquals(200, get(first).statusCode());

        String second = driver.post("renew", "account", Long.toString(account()));

        assertNotEquals(first, second);
        assertEquals(404, get(first).statusCode(), "the old address");
        assertEquals(200, get(second).statusCode(), "the new address");
        assertEquals(404, get("/calendar/feed/" + "A".repeat(43) + ".ics").statusCode(), "an address never made");
    }

    @Test
    public void aDisabledLoginsAddressAnswersNotFound() {
        String path = driver.post("renew", "account", Long.toString(account()));
        assertEquals(200, get(path).statusCode());

        driver.post("disable", "account", Long.toString(account()));

        assertEquals(404, get(path).statusCode());
    }

    private long account() {
        return ids + 3;
    }

    private String visit(int order) {
        return "visit-" + (ids + order);
    }

    /** The titles of the entries whose uid starts so, sorted. */
    private static List<String> titles(Map<String, String[]> entries, String uidStart) {
        return entries.values().stream()
                .filter(e -> e[0].startsWith(uidStart))
                .map(e -> e[2])
                .sorted()
                .toList();
    }

    /** The calendar of next month by uid: each an array of uid, all day, title. */
    private Map<String, String[]> entries(String who, String value) {
        String answer = driver.post("entries", who, value, "from", nextMonth.toString());
        return Arrays.stream(answer.split("\n"))
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\\|", 3))
                .collect(Collectors.toMap(parts -> parts[0], Function.identity()));
    }

    /** The feed's events by their UID without the host part. */
    private static Map<String, VEvent> events(String feed) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
            List<VEvent> events = calendar.getComponents("VEVENT");
            return events.stream()
                    .collect(Collectors.toMap(
                            event -> event.getProperty(Property.UID)
                                    .orElseThrow()
                                    .getValue()
                                    .replaceAll("@.*$", ""),
                            Function.identity()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new IllegalStateException(feed, e);
        }
    }

    private HttpResponse<String> get(String path) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
