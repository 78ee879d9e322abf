package com.serviceportal.it;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.cases.CaseCursor;
import com.serviceportal.cases.CaseEdit;
import com.serviceportal.cases.CaseFilter;
import com.serviceportal.cases.CaseRow;
import com.serviceportal.cases.CaseRows;
import com.serviceportal.cases.CaseSearch;
import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.CaseSort;
import com.serviceportal.cases.CaseWork;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.Severity;
import com.serviceportal.cases.StatusEntry;
import com.serviceportal.cases.TrackingStatusService;
import com.serviceportal.platform.Database;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case lists' search: who sees which cases, each filter, each order and paging. Every test
 * marks its cases with a word of its own in the summary and searches for it, so cases of other
 * tests never disturb it.
 */
@ExtendWith(ArquillianExtension.class)
public class CaseSearchIT {

    private static final long IN_PROGRESS = 2;
    private static final long CLOSED = 7;
    private static final long CANCELLED = 8;
    private static final long FIRST_LINE_TEAM = 1;

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(CaseSearchIT.class, DemoData.class);
    }

    @Inject
    private CaseSearch search;

    @Inject
    private CaseService cases;

    @Inject
    private Caller caller;

    @Inject
    private TrackingStatusService statuses;

    @Inject
    private Database database;

    @Test
    public void contactSeesItsCustomersCasesWhoeverRaisedThemAndNothingElse() {
        String tag = tag();
        long goteborg = DemoData.customerId("Nordic Foods Göteborg plant");
        long malmo = DemoData.customerId("Nordic Foods Malmö warehouse");
        long onCompany = raise(COMPANY_CONTACT, null, tag + " Invoice question", Severity.LOW);
        long onMalmo = raise(COMPANY_CONTACT, malmo, tag + " Dock door stuck", Severity.HIGH);
        long onGoteborg = raise(SITE_CONTACT, null, tag + " Label printer offline", Severity.MEDIUM);
        long byColleague = raise(SITE_CONTACT, null, tag + " Scale drifts", Severity.MEDIUM);
        sql(
                "UPDATE service_case SET raised_by_contact_id = (SELECT id FROM contact WHERE first_name = 'Maria')"
                        + " WHERE case_number = ?",
                byColleague);
        long elsewhere = raise(OTHER_COMPANY_CONTACT, null, tag + " Winch noise", Severity.LOW);

        assertEquals(
                List.of(onCompany, onMalmo, onGoteborg, byColleague).stream()
                        .sorted()
                        .toList(),
                numbersSortedAs(COMPANY_CONTACT, tag),
                "the company contact sees its own, its sites' and its colleagues' cases");
        assertEquals(
                List.of(onGoteborg, byColleague), numbersSortedAs(SITE_CONTACT, tag), "the site contact sees its site");
        assertEquals(List.of(elsewhere), numbersSortedAs(OTHER_COMPANY_CONTACT, tag));
        assertEquals(
                List.of(onCompany, onMalmo, onGoteborg, byColleague, elsewhere).stream()
                        .sorted()
                        .toList(),
                numbersSortedAs(TECHNICIAN, tag),
                "the desk sees every customer");

        signIn(COMPANY_CONTACT);
        CaseFilter onlyGoteborg = text(tag);
        onlyGoteborg.setCustomerId(goteborg);
        assertEquals(List.of(onGoteborg, byColleague), numbers(onlyGoteborg, byNumber(true)));
        CaseRow row = page(onlyGoteborg, byNumber(true), 0, 10).getRows().get(0);
        assertEquals("Nordic Foods AB", row.getCompany());
        assertEquals("Nordic Foods Göteborg plant", row.getSite());

        signIn(SITE_CONTACT);
        CaseFilter otherSite = text(tag);
        otherSite.setCustomerId(malmo);
        assertThrows(NotFoundException.class, () -> search.search(otherSite, CaseSort.NEWEST_FIRST, 0, 10));
    }

    @Test
    public void completeAndCancelledCasesAreListedOnlyWhenAskedFor() {
        String tag = tag();
        long open = raise(SITE_CONTACT, null, tag + " Still broken", Severity.HIGH);
        long closed = raise(SITE_CONTACT, null, tag + " Fixed last week", Severity.HIGH);
        long cancelled = raise(SITE_CONTACT, null, tag + " Raised by mistake", Severity.LOW);
        setStatus(closed, CLOSED, true);
        setStatus(cancelled, CANCELLED, true);

        signIn(SITE_CONTACT);
        assertEquals(List.of(open), numbers(text(tag), byNumber(true)), "active cases only by default");
        CaseFilter all = text(tag);
        all.setIncludeComplete(true);
        assertEquals(List.of(open, closed, cancelled), numbers(all, byNumber(true)));
        assertTrue(page(all, byNumber(false), 0, 10).getRows().get(0).isComplete(), "a finished case says so");
    }

    @Test
    public void eachFilterNarrowsTheList() {
        String tag = tag();
        long critical = raise(SITE_CONTACT, null, tag + " Freezer alarm", Severity.CRITICAL);
        long inProgress = raise(SITE_CONTACT, null, tag + " Conveyor belt slips", Severity.MEDIUM);
        long mine = raise(SITE_CONTACT, null, tag + " Belt guard loose", Severity.LOW);
        long teamOnly = raise(SITE_CONTACT, null, tag + " Light flickers", Severity.LOW);
        setStatus(inProgress, IN_PROGRESS, false);
        long tom = DemoData.accountId(TECHNICIAN);
        long ada = DemoData.accountId("ada");
        sql("UPDATE service_case SET team_id = ?, assignee_id = ? WHERE case_number = ?", FIRST_LINE_TEAM, tom, mine);
        sql("UPDATE service_case SET team_id = ? WHERE case_number = ?", FIRST_LINE_TEAM, teamOnly);
        sql("UPDATE service_case SET assignee_id = ? WHERE case_number = ?", ada, critical);

        signIn(SITE_CONTACT);
        CaseFilter severity = text(tag);
        severity.setSeverities(new Severity[] {Severity.CRITICAL, Severity.MEDIUM});
        assertEquals(List.of(critical, inProgress), numbers(severity, byNumber(true)));

        CaseFilter status = text(tag);
        status.setStatusIds(new Long[] {IN_PROGRESS});
        assertEquals(List.of(inProgress), numbers(status, byNumber(true)));

        assertEquals(
                List.of(inProgress),
                numbers(text(tag + " conveyor BELT"), byNumber(true)),
                "text matches the summary whatever the letter case");
        CaseFilter belt = text("belt");
        belt.setSeverities(new Severity[] {Severity.MEDIUM, Severity.LOW});
        assertTrue(numbers(belt, byNumber(false)).containsAll(List.of(inProgress, mine)), "words match any case");
        assertFalse(numbers(belt, byNumber(false)).contains(teamOnly));

        CaseFilter number = text(Long.toString(teamOnly));
        assertEquals(List.of(teamOnly), numbers(number, byNumber(true)), "a case number finds that case");

        signIn(TECHNICIAN);
        CaseFilter team = text(tag);
        team.setTeamId(FIRST_LINE_TEAM);
        assertEquals(List.of(mine, teamOnly), numbers(team, byNumber(true)));

        CaseFilter assignedToMe = text(tag);
        assignedToMe.setAssigneeId(CaseFilter.MINE);
        assertEquals(List.of(mine), numbers(assignedToMe, byNumber(true)));

        CaseFilter assignedToAda = text(tag);
        assignedToAda.setAssigneeId(ada);
        assertEquals(List.of(critical), numbers(assignedToAda, byNumber(true)));

        CaseFilter unassigned = text(tag);
        unassigned.setAssigneeId(CaseFilter.UNASSIGNED);
        assertEquals(List.of(inProgress, teamOnly), numbers(unassigned, byNumber(true)));

        CaseFilter customer = text(tag);
        customer.setCustomerId(DemoData.customerId("Baltic Marine Ltd"));
        assertEquals(List.of(), numbers(customer, byNumber(true)));
        customer.setCustomerId(DemoData.customerId("Nordic Foods Göteborg plant"));
        assertEquals(4, numbers(customer, byNumber(true)).size());
        long onCompany = raise(COMPANY_CONTACT, null, tag + " Invoice copy wanted", Severity.LOW);
        signIn(TECHNICIAN);
        customer.setCustomerId(DemoData.customerId("Nordic Foods AB"));
        assertEquals(5, numbers(customer, byNumber(true)).size(), "a company stands for itself and its sites");
        assertTrue(numbers(customer, byNumber(true)).contains(onCompany));

        CaseRow assigned = page(assignedToMe, byNumber(true), 0, 10).getRows().get(0);
        assertEquals("First line", assigned.getTeam());
        assertEquals("Tom Technician", assigned.getAssignee());
    }

    @Test
    public void textFindsTheWordsASummaryStartsWithAndFollowsTheCase() {
        String tag = tag();
        long leaks = raise(SITE_CONTACT, null, tag + " Compressor 7 leaks oil", Severity.HIGH);
        long rattle = raise(COMPANY_CONTACT, null, tag + " Compressors rattle", Severity.LOW);
        long pump = raise(SITE_CONTACT, null, tag + " Pump (hall 2) makes noise", Severity.LOW);
        long twice = raise(SITE_CONTACT, null, tag + " Refrigeration, refrigerationunit stops", Severity.LOW);

        signIn(COMPANY_CONTACT);
        CaseSort newest = CaseSort.NEWEST_FIRST;
        assertEquals(List.of(rattle, leaks), numbers(text(tag + " compr"), newest), "the start of a word is enough");
        assertEquals(List.of(rattle, leaks), numbers(text("COMPRESSOR " + tag), newest), "any order, any case");
        assertEquals(List.of(rattle), numbers(text(tag + " compressors"), newest));
        assertEquals(List.of(pump), numbers(text(tag + " hall"), newest), "words stand between punctuation");
        assertEquals(List.of(), numbers(text(tag + " ressor"), newest), "the middle of a word is not a word");
        assertEquals(
                List.of(twice),
                numbers(text("refrigeration " + tag), newest),
                "a case with two words starting with the text is listed once");
        assertEquals(List.of(leaks), numbers(text(Long.toString(leaks)), newest), "a case number finds that case");
        assertEquals(
                List.of(leaks, rattle),
                numbers(text(tag + " compressor"), byNumber(true)),
                "other orders find the same cases");

        signIn(OTHER_COMPANY_CONTACT);
        assertEquals(List.of(), numbers(text(tag + " compressor"), newest), "another company's cases stay unseen");

        signIn(SITE_CONTACT);
        CaseEdit edit = CaseEdit.of(cases.getByNumber(leaks));
        edit.setSummary(tag + " Oil leak under the unit");
        cases.update(edit);
        signIn(COMPANY_CONTACT);
        assertEquals(List.of(rattle), numbers(text(tag + " compressor"), newest), "an edited summary is searched anew");
        assertEquals(List.of(leaks), numbers(text(tag + " oil"), newest));

        setStatus(rattle, CLOSED, true);
        signIn(COMPANY_CONTACT);
        CaseFilter closed = text(tag + " compressor");
        assertEquals(List.of(), numbers(closed, newest), "a closed case leaves the active list");
        closed.setIncludeComplete(true);
        assertEquals(List.of(rattle), numbers(closed, newest));
    }

    @Test
    public void aStatusThatComesToMarkCasesCompleteTakesThemOutOfTheActiveList() {
        String tag = tag();
        long parked = raise(SITE_CONTACT, null, tag + " Scale drifts", Severity.LOW);
        signIn(DemoData.ADMINISTRATOR);
        StatusEntry entry = new StatusEntry();
        entry.setName("Parked " + tag);
        statuses.save(entry);
        StatusEntry status = statuses.statuses().stream()
                .filter(s -> s.getName().equals(entry.getName()))
                .findFirst()
                .orElseThrow();
        setStatus(parked, status.getId(), false);
        signIn(COMPANY_CONTACT);
        assertEquals(List.of(parked), numbers(text(tag + " scale"), CaseSort.NEWEST_FIRST));

        signIn(DemoData.ADMINISTRATOR);
        status.setComplete(true);
        statuses.save(status);
        signIn(COMPANY_CONTACT);
        CaseFilter filter = text(tag + " scale");
        assertEquals(List.of(), numbers(filter, CaseSort.NEWEST_FIRST));
        filter.setIncludeComplete(true);
        assertEquals(List.of(parked), numbers(filter, CaseSort.NEWEST_FIRST));

        setStatus(parked, CLOSED, true);
        signIn(DemoData.ADMINISTRATOR);
        statuses.delete(status.getId());
    }

    @Test
    public void aTextManyWordsStartWithStillFindsEveryCase() {
        String tag = tag();
        List<Long> raised = new ArrayList<>();
        for (char letter = 'a'; letter <= 'j'; letter++) {
            raised.add(0, raise(SITE_CONTACT, null, tag + letter + " Door sticks", Severity.LOW));
        }
        signIn(COMPANY_CONTACT);
        assertEquals(raised, numbers(text(tag), CaseSort.NEWEST_FIRST), "ten words start with the text");
        assertEquals(
                raised.subList(0, 3),
                numbers(text(tag + " door"), CaseSort.NEWEST_FIRST).subList(0, 3));
    }

    @Test
    public void eachColumnSortsBothWaysAndPagesNeitherRepeatNorSkip() {
        String tag = tag();
        long low = raise(SITE_CONTACT, null, tag + " b Low one", Severity.LOW);
        long critical = raise(SITE_CONTACT, null, tag + " d Critical one", Severity.CRITICAL);
        long medium = raise(SITE_CONTACT, null, tag + " a Medium one", Severity.MEDIUM);
        long high = raise(COMPANY_CONTACT, null, tag + " c High one", Severity.HIGH);
        long na = raise(SITE_CONTACT, null, tag + " e Question", Severity.NOT_APPLICABLE);
        setStatus(low, IN_PROGRESS, false);

        signIn(COMPANY_CONTACT);
        CaseFilter filter = text(tag);
        assertEquals(List.of(na, high, medium, critical, low), numbers(filter, CaseSort.NEWEST_FIRST));
        assertEquals(List.of(low, critical, medium, high, na), numbers(filter, byNumber(true)));
        assertEquals(
                List.of(critical, high, medium, low, na),
                numbers(filter, new CaseSort(CaseSort.Column.SEVERITY, true)),
                "severity sorts by urgency, not alphabetically");
        assertEquals(
                List.of(na, low, medium, high, critical),
                numbers(filter, new CaseSort(CaseSort.Column.SEVERITY, false)));
        assertEquals(
                List.of(medium, low, high, critical, na), numbers(filter, new CaseSort(CaseSort.Column.SUMMARY, true)));
        List<Severity> wholeList =
                page(new CaseFilter(), new CaseSort(CaseSort.Column.SEVERITY, true), 0, 200).getRows().stream()
                        .map(CaseRow::getSeverity)
                        .toList();
        assertEquals(
                wholeList.stream().sorted().toList(),
                wholeList,
                "every case the company sees, the demo's too, by urgency");
        assertEquals(
                List.of(high, na, medium, critical, low),
                numbers(filter, new CaseSort(CaseSort.Column.CUSTOMER, true)),
                "the company before its Göteborg plant, newest first within each");
        assertEquals(
                List.of(low, na, high, medium, critical),
                numbers(filter, new CaseSort(CaseSort.Column.STATUS, false)),
                "In progress after New, by the statuses' order");

        List<Long> paged = new ArrayList<>();
        CaseRows first = page(filter, byNumber(true), 0, 2);
        CaseRows second = page(filter, byNumber(true), 2, 2);
        CaseRows third = page(filter, byNumber(true), 4, 2);
        assertTrue(first.hasMore());
        assertTrue(second.hasMore());
        assertFalse(third.hasMore(), "the last page says nothing follows");
        for (CaseRows rows : List.of(first, second, third)) {
            rows.getRows().forEach(row -> paged.add(row.getNumber()));
        }
        assertEquals(List.of(low, critical, medium, high, na), paged);
    }

    /**
     * Eight cases of the tag on the company and its two sites, two of them complete, with ties on
     * every column: the same creation time, due time, team and assignee, and none at all.
     */
    private record Tied(
            long invoice, long dock, long printer, long jams, long forklift, long scale, long renewal, long freezer) {}

    private Tied eightCasesWithTies(String tag) {
        long malmo = DemoData.customerId("Nordic Foods Malmö warehouse");
        long invoice = raise(COMPANY_CONTACT, null, tag + " Invoice query", Severity.LOW);
        long dock = raise(COMPANY_CONTACT, malmo, tag + " Dock door stuck", Severity.HIGH);
        long printer = raise(SITE_CONTACT, null, tag + " Label printer offline", Severity.MEDIUM);
        long jams = raise(SITE_CONTACT, null, tag + " Label printer jams", Severity.MEDIUM);
        long forklift = raise(COMPANY_CONTACT, malmo, tag + " Forklift battery", Severity.CRITICAL);
        long scale = raise(SITE_CONTACT, null, tag + " Scale drifts", Severity.LOW);
        long renewal = raise(COMPANY_CONTACT, null, tag + " Contract renewal", Severity.NOT_APPLICABLE);
        long freezer = raise(SITE_CONTACT, null, tag + " Freezer alarm, freezerdoor open", Severity.CRITICAL);
        setStatus(dock, IN_PROGRESS, false);
        setStatus(forklift, IN_PROGRESS, false);
        setStatus(scale, CLOSED, true);
        setStatus(renewal, CANCELLED, true);
        Timestamp sameTime = Timestamp.from(Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS));
        sql("UPDATE service_case SET created_at = ? WHERE case_number IN (?, ?, ?)", sameTime, printer, jams, dock);
        sql(
                "UPDATE case_word SET created_at = ? WHERE case_id IN"
                        + " (SELECT id FROM service_case WHERE case_number IN (?, ?, ?))",
                sameTime,
                printer,
                jams,
                dock);
        sql("UPDATE service_case SET due_at = ? WHERE case_number IN (?, ?)", sameTime, invoice, freezer);
        sql("UPDATE service_case SET team_id = ? WHERE case_number IN (?, ?, ?)", FIRST_LINE_TEAM, dock, jams, scale);
        sql(
                "UPDATE service_case SET assignee_id = ? WHERE case_number IN (?, ?)",
                DemoData.accountId(TECHNICIAN),
                printer,
                freezer);
        return new Tied(invoice, dock, printer, jams, forklift, scale, renewal, freezer);
    }

    @Test
    public void everyOrderPagesOnAfterTheLastCaseShown() {
        String tag = tag();
        eightCasesWithTies(tag);

        CaseFilter everything = text(tag);
        everything.setIncludeComplete(true);
        CaseFilter oneSite = text(tag);
        oneSite.setIncludeComplete(true);
        oneSite.setCustomerId(DemoData.customerId("Nordic Foods Göteborg plant"));
        for (String username : List.of(COMPANY_CONTACT, TECHNICIAN)) {
            signIn(username);
            for (CaseFilter filter : List.of(everything, oneSite)) {
                for (CaseSort.Column column : CaseSort.Column.values()) {
                    for (boolean ascending : List.of(true, false)) {
                        CaseSort sort = new CaseSort(column, ascending);
                        List<Long> whole = numbers(filter, sort);
                        assertEquals(filter == everything ? 8 : 4, whole.size());
                        assertEquals(whole, pagedOn(filter, sort, 3), username + ", " + sort + " in pages of 3");
                    }
                }
            }
        }
    }

    @Test
    public void casesComingAndGoingWhileSomeonePagesNeitherRepeatNorHideOne() {
        String tag = tag();
        List<Long> raised = new ArrayList<>();
        for (String summary : List.of("Alarm sounds", "Belt slips", "Cooler leaks", "Door sticks", "Engine stalls")) {
            raised.add(raise(SITE_CONTACT, null, tag + " " + summary, Severity.MEDIUM));
        }
        signIn(COMPANY_CONTACT);
        CaseFilter filter = text(tag);
        CaseRows first = search.search(filter, CaseSort.NEWEST_FIRST, 0, 2, null);
        assertEquals(List.of(raised.get(4), raised.get(3)), numbers(first));
        raise(SITE_CONTACT, null, tag + " Fan rattles", Severity.MEDIUM);
        signIn(COMPANY_CONTACT);
        assertEquals(
                List.of(raised.get(2), raised.get(1)),
                numbers(search.search(filter, CaseSort.NEWEST_FIRST, 2, 2, first.next())),
                "a case raised meanwhile does not push the last one shown onto the next page");

        CaseSort bySummary = new CaseSort(CaseSort.Column.SUMMARY, true);
        first = search.search(filter, bySummary, 0, 2, null);
        assertEquals(List.of(raised.get(0), raised.get(1)), numbers(first));
        setStatus(raised.get(0), CLOSED, true);
        signIn(COMPANY_CONTACT);
        assertEquals(
                List.of(raised.get(2), raised.get(3)),
                numbers(search.search(filter, bySummary, 2, 2, first.next())),
                "a case closed meanwhile does not pull the next one out of sight");

        CaseFilter other = text(tag + " door");
        assertEquals(
                List.of(),
                numbers(search.search(other, bySummary, 2, 2, first.next())),
                "the cursor of another filter is not followed: the one case found is on page 1");
    }

    @Test
    public void theQueueRemembersEachTechniciansOrder() {
        signIn(TECHNICIAN);
        CaseSort bySummary = new CaseSort(CaseSort.Column.SUMMARY, true);
        search.searchQueue(new CaseFilter(), bySummary, 0, 5, null);
        assertEquals(bySummary, search.queueSort());
        CaseSort bySeverity = new CaseSort(CaseSort.Column.SEVERITY, false);
        search.searchQueue(new CaseFilter(), bySeverity, 0, 5, null);
        assertEquals(bySeverity, search.queueSort(), "the latest choice wins");

        signIn("ada");
        assertEquals(CaseSort.NEWEST_FIRST, search.queueSort(), "another technician keeps their own order");

        signIn(SITE_CONTACT);
        assertThrows(NotFoundException.class, () -> search.queueSort(), "customers have no queue");
    }

    @Test
    public void newCasesAreCountedForTheDeskAndOnlyInScopeForContacts() {
        signIn(TECHNICIAN);
        long before = search.newestCaseNumber();
        long raised = raise(OTHER_COMPANY_CONTACT, null, tag() + " Hatch seal leaks", Severity.HIGH);

        signIn(TECHNICIAN);
        var news = search.newSince(before);
        assertTrue(news.getCount() >= 1);
        assertTrue(news.getNewestNumber() >= raised);
        assertEquals(0, search.newSince(news.getNewestNumber()).getCount());

        signIn(SITE_CONTACT);
        assertEquals(0, search.newSince(raised - 1).getCount(), "another company's case is not news to Göteborg");
    }

    /**
     * The statements written for SQL Server (each part of a list a derived table, where H2 gets
     * parenthesised members of a union) run on H2 too, with the server property
     * {@code portal.database.dialect=sqlserver}, and list exactly the rows of H2's own form: for
     * contacts and the desk, several filters, every order both ways, pages by offset and by cursor.
     * Against a real SQL Server (docs/sqlserver.md) both runs take the SQL Server form.
     */
    @Test
    public void theSqlServerFormOfAListListsTheSameRowsAsH2sOwn() {
        String tag = tag();
        Tied cases = eightCasesWithTies(tag);
        Map<String, CaseFilter> filters = new LinkedHashMap<>();
        filters.put("active", text(tag));
        CaseFilter everything = text(tag);
        everything.setIncludeComplete(true);
        filters.put("with complete", everything);
        CaseFilter severities = text(tag);
        severities.setIncludeComplete(true);
        severities.setSeverities(new Severity[] {Severity.CRITICAL, Severity.MEDIUM, Severity.LOW});
        filters.put("severities", severities);
        CaseFilter statuses = text(tag);
        statuses.setIncludeComplete(true);
        statuses.setStatusIds(new Long[] {1L, IN_PROGRESS, CLOSED});
        filters.put("statuses", statuses);
        CaseFilter twoWords = text(tag + " freezer");
        twoWords.setIncludeComplete(true);
        filters.put("two words start with the text", twoWords);
        filters.put("words", text("print " + tag));
        filters.put("a case number", text(Long.toString(cases.jams())));
        CaseFilter company = text(tag);
        company.setIncludeComplete(true);
        company.setCustomerId(DemoData.customerId("Nordic Foods AB"));
        filters.put("a company chosen", company);

        int compared = 0;
        for (String username : List.of(COMPANY_CONTACT, SITE_CONTACT, TECHNICIAN)) {
            signIn(username);
            for (Map.Entry<String, CaseFilter> filter : filters.entrySet()) {
                if (username.equals(SITE_CONTACT) && filter.getValue() == company) {
                    continue; // the site's contact does not see the company
                }
                for (CaseSort.Column column : CaseSort.Column.values()) {
                    for (boolean ascending : List.of(true, false)) {
                        CaseSort sort = new CaseSort(column, ascending);
                        List<String> own = listed(filter.getValue(), sort, null);
                        List<String> sqlServer = listed(filter.getValue(), sort, Database.Dialect.SQL_SERVER);
                        assertEquals(own, sqlServer, username + ", " + filter.getKey() + ", " + sort);
                        compared += own.size();
                    }
                }
            }
        }
        assertTrue(compared > 500, "the lists compared hold cases: " + compared);
        signIn(TECHNICIAN);
        assertEquals(
                List.of(
                        cases.freezer(),
                        cases.renewal(),
                        cases.scale(),
                        cases.forklift(),
                        cases.invoice(),
                        cases.jams(),
                        cases.printer(),
                        cases.dock()),
                as(Database.Dialect.SQL_SERVER, () -> numbers(company, CaseSort.NEWEST_FIRST)),
                "the company and its sites merged from a part each, the three of one time by number");
    }

    @Test
    public void theServerPropertyChoosesTheDialectOnlyWhileSet() {
        Database.Dialect own = database.dialect();
        assertEquals(Database.Dialect.SQL_SERVER, as(Database.Dialect.SQL_SERVER, database::dialect));
        assertEquals(Database.Dialect.H2, as(Database.Dialect.H2, database::dialect));
        assertEquals(own, database.dialect(), "the driver's answer again once the property is gone");
    }

    /**
     * Everything a list shows of each case, read three ways that must agree: one page of 50, pages of
     * 3 each after the last case of the one before, and pages of 3 by offset.
     */
    private List<String> listed(CaseFilter filter, CaseSort sort, Database.Dialect dialect) {
        return as(dialect, () -> {
            List<String> whole = shown(search.search(filter, sort, 0, 50));
            List<String> byOffset = new ArrayList<>();
            for (int first = 0; first < whole.size() + 3; first += 3) {
                byOffset.addAll(shown(search.search(filter, sort, first, 3)));
            }
            assertEquals(whole, byOffset, sort + " in pages by offset");
            assertEquals(
                    whole.stream()
                            .map(row -> Long.valueOf(row.substring(0, row.indexOf(' '))))
                            .toList(),
                    pagedOn(filter, sort, 3),
                    sort + " in pages after the last case shown");
            return whole;
        });
    }

    /** Runs the work with the portal's SQL written for the dialect ({@code null}: the database's own). */
    private static <T> T as(Database.Dialect dialect, Supplier<T> work) {
        if (dialect == null) {
            return work.get();
        }
        System.setProperty(Database.DIALECT_PROPERTY, dialect.propertyValue());
        try {
            return work.get();
        } finally {
            System.clearProperty(Database.DIALECT_PROPERTY);
        }
    }

    private static List<String> shown(CaseRows rows) {
        return rows.getRows().stream()
                .map(row -> String.join(
                        " | ",
                        Long.toString(row.getNumber()),
                        row.getSummary(),
                        row.getSeverity().name(),
                        row.getStatus(),
                        Boolean.toString(row.isComplete()),
                        String.valueOf(row.getCompany()),
                        String.valueOf(row.getSite()),
                        String.valueOf(row.getTeam()),
                        String.valueOf(row.getAssignee()),
                        String.valueOf(row.getCreatedAt()),
                        String.valueOf(row.getDueAt()),
                        String.valueOf(row.getDue())))
                .toList();
    }

    private List<Long> numbersSortedAs(String username, String tag) {
        signIn(username);
        return numbers(text(tag), byNumber(true));
    }

    private List<Long> numbers(CaseFilter filter, CaseSort sort) {
        return page(filter, sort, 0, 50).getRows().stream()
                .map(CaseRow::getNumber)
                .toList();
    }

    /** The whole list read page by page, each page continuing after the last case of the one before. */
    private List<Long> pagedOn(CaseFilter filter, CaseSort sort, int size) {
        List<Long> paged = new ArrayList<>();
        CaseCursor after = null;
        int first = 0;
        do {
            CaseRows rows = search.search(filter, sort, first, size, after);
            paged.addAll(numbers(rows));
            after = rows.next();
            assertEquals(rows.hasMore(), after != null, "a cursor exactly when another page follows");
            first += size;
        } while (after != null);
        return paged;
    }

    private static List<Long> numbers(CaseRows rows) {
        return rows.getRows().stream().map(CaseRow::getNumber).toList();
    }

    private CaseRows page(CaseFilter filter, CaseSort sort, int first, int size) {
        return search.search(filter, sort, first, size);
    }

    private static CaseSort byNumber(boolean ascending) {
        return new CaseSort(CaseSort.Column.NUMBER, ascending);
    }

    private static CaseFilter text(String text) {
        CaseFilter filter = new CaseFilter();
        filter.setText(text);
        return filter;
    }

    private long raise(String username, Long customerId, String summary, Severity severity) {
        signIn(username);
        NewCase request = new NewCase();
        request.setSummary(summary);
        request.setSeverity(severity);
        request.setCustomerId(customerId);
        return cases.raise(request).getNumber();
    }

    /** The desk moves the case on, as a technician would; {@code complete} says what the status means. */
    private void setStatus(long number, long statusId, boolean complete) {
        signIn(TECHNICIAN);
        CaseWork work = CaseWork.of(cases.getByNumber(number));
        work.setStatusId(statusId);
        assertEquals(complete, cases.work(work).isComplete());
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static void sql(String statement, Object... parameters) {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
