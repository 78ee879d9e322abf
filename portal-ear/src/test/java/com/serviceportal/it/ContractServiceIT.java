package com.serviceportal.it;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.cases.CaseDetails;
import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.NewNote;
import com.serviceportal.cases.Severity;
import com.serviceportal.contracts.ContractAudit;
import com.serviceportal.contracts.ContractDetails;
import com.serviceportal.contracts.ContractFilter;
import com.serviceportal.contracts.ContractForm;
import com.serviceportal.contracts.ContractFormException;
import com.serviceportal.contracts.ContractRow;
import com.serviceportal.contracts.ContractService;
import com.serviceportal.contracts.ContractState;
import com.serviceportal.contracts.ContractType;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contracts against the real server: each type's required fields, the state from dates and invoice,
 * one active contract per customer (also when two desks create one at the same moment), enabling
 * early, time on notes drawn from the case's contract and shown in the audit, the cases raised
 * while only a pending contract exists, contracts on a list of items, and what customers see. Each test works on customers of
 * its own, so other tests' contracts never get in the way.
 */
@ExtendWith(ArquillianExtension.class)
public class ContractServiceIT {

    private static final long STANDARD_LEVEL = 1;
    private static final long STATUS_IN_PROGRESS = 2;

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(ContractServiceIT.class, DemoData.class);
    }

    @Inject
    private ContractService contracts;

    @Inject
    private CaseService cases;

    @Inject
    private Caller caller;

    private LocalDate today;

    @BeforeEach
    void signInAtTheDesk() {
        caller.signIn(DemoData.accountId(TECHNICIAN));
        today = LocalDate.now();
    }

    @Test
    public void everyMissingFieldOfTheChosenTypeIsNamedAtOnce() throws SQLException {
        ContractForm empty = ContractForm.blank(today);
        empty.setType(ContractType.TIME_LIMITED_SUBSCRIPTION);
        empty.setStartDate(null);
        empty.setEndDate(null);
        ContractFormException problems = assertThrows(ContractFormException.class, () -> contracts.save(empty));
        assertEquals(
                List.of(
                        "contract.error.referenceRequired",
                        "contract.error.customerRequired",
                        "contract.error.serviceLevelRequired",
                        "contract.error.startRequired",
                        "contract.error.endRequired",
                        "contract.error.hoursRequired"),
                problems.getProblems());

        ContractForm byMonth = form(newCustomer(), ContractType.SUPPORT_HOURS_BY_MONTH);
        byMonth.setMonthlyHours(null);
        byMonth.setRolloverDay(null);
        byMonth.setEndDate(today.minusDays(1));
        assertEquals(
                List.of(
                        "contract.error.endBeforeStart",
                        "contract.error.monthlyHoursRequired",
                        "contract.error.rolloverDayRequired"),
                assertThrows(ContractFormException.class, () -> contracts.save(byMonth))
                        .getProblems());
    }

    @Test
    public void eachTypeKeepsOnlyItsOwnFieldsAndTheStateFollowsDatesAndInvoice() throws SQLException {
        long customer = newCustomer();

        ContractForm subscription = form(customer, ContractType.SUBSCRIPTION);
        subscription.setIncludedHours(40);
        ContractRow active = contracts.save(subscription);
        assertEquals(ContractState.ACTIVE, active.getState());
        assertFalse(active.getHours().isLimited(), "a subscription has no hours, whatever the form held");

        ContractForm bank = form(customer, ContractType.SUPPORT_HOURS);
        bank.setEndDate(null);
        bank.setIncludedHours(40);
        bank.setStartDate(today.plusDays(10));
        ContractRow future = contracts.save(bank);
        assertEquals(ContractState.PENDING, future.getState(), "a start in the future is pending");
        assertEquals("40 h", future.getHours().getAllowance());
        assertNull(future.getRolloverDay());

        ContractForm unpaid = form(customer, ContractType.TIME_LIMITED_SUBSCRIPTION);
        unpaid.setIncludedHours(20);
        unpaid.setAwaitingInvoice(true);
        ContractRow waiting = contracts.save(unpaid);
        assertEquals(ContractState.PENDING, waiting.getState(), "an unpaid invoice keeps it pending");

        ContractFilter filter = new ContractFilter();
        filter.setCustomerId(customer);
        filter.setState(ContractState.PENDING);
        assertEquals(
                List.of(future.getReference(), waiting.getReference()).stream()
                        .sorted()
                        .toList(),
                contracts.list(filter).rows().stream()
                        .map(ContractRow::getReference)
                        .toList());
        filter.setType(ContractType.SUPPORT_HOURS);
        assertEquals(
                List.of(future.getReference()),
                contracts.list(filter).rows().stream()
                        .map(ContractRow::getReference)
                        .toList());
    }

    @Test
    public void aSecondActiveContractIsRefusedNamingTheActiveOne() throws SQLException {
        long customer = newCustomer();
        ContractRow first = contracts.save(form(customer, ContractType.SUBSCRIPTION));

        BusinessException refused = assertThrows(
                BusinessException.class, () -> contracts.save(form(customer, ContractType.SUPPORT_HOURS_BY_MONTH)));
        assertEquals("contract.error.alreadyActive", refused.getMessageKey());
        assertEquals(first.getReference(), refused.getArguments()[1], "the message names the active contract");

        ContractForm next = form(customer, ContractType.SUBSCRIPTION);
        next.setStartDate(first.getEndDate().plusDays(1));
        next.setEndDate(first.getEndDate().plusYears(1));
        ContractRow renewal = contracts.save(next);
        assertEquals(ContractState.PENDING, renewal.getState(), "next year's renewal may wait beside it");

        BusinessException early = assertThrows(
                BusinessException.class, () -> contracts.enableEarly(renewal.getId(), renewal.getVersion()));
        assertEquals("contract.error.alreadyActive", early.getMessageKey(), "enabling early obeys the same rule");

        ContractForm item = form(customer, ContractType.SUPPORT_HOURS);
        item.setEquipmentId(newEquipment(customer));
        item.setIncludedHours(10);
        assertEquals(ContractState.ACTIVE, contracts.save(item).getState(), "a contract on one item is not limited");

        ContractRow cancelled = contracts.cancel(first.getId(), first.getVersion());
        assertEquals(ContractState.CANCELLED, cancelled.getState());
        assertThrows(BusinessException.class, () -> contracts.cancel(cancelled.getId(), cancelled.getVersion()));
        assertFalse(contracts.get(first.getId()).contract().isEditable(), "a cancelled contract is final");

        ContractRow enabled = contracts.enableEarly(renewal.getId(), renewal.getVersion());
        assertEquals(ContractState.ACTIVE, enabled.getState());
        assertEquals(today, enabled.getStartDate(), "enabling early makes its start today");
    }

    @Test
    public void aContractNothingUsesIsDeletedAndOneInUseOnlyCancelled() throws SQLException {
        long customer = newCustomer();
        long contact = newContact(customer);
        ContractRow mistaken = contracts.save(form(customer, ContractType.SUBSCRIPTION));
        assertTrue(contracts.get(mistaken.getId()).deletable(), "nothing uses a new contract");
        assertThrows(
                ChangedMeanwhileException.class,
                () -> contracts.delete(mistaken.getId(), mistaken.getVersion() - 1),
                "a delete from an older page is refused");
        contracts.delete(mistaken.getId(), mistaken.getVersion());
        assertThrows(NotFoundException.class, () -> contracts.get(mistaken.getId()), "it is gone");

        ContractRow used = contracts.save(form(customer, ContractType.SUBSCRIPTION));
        raise(customer, contact, used.getId(), "Chiller trips its breaker");
        assertFalse(contracts.get(used.getId()).deletable(), "a case was raised under it");
        BusinessException refused =
                assertThrows(BusinessException.class, () -> contracts.delete(used.getId(), used.getVersion()));
        assertEquals("contract.error.inUse", refused.getMessageKey());
        assertEquals(
                ContractState.ACTIVE, contracts.get(used.getId()).contract().getState(), "and it stays");
        assertEquals(
                ContractState.CANCELLED,
                contracts.cancel(used.getId(), used.getVersion()).getState(),
                "it can be cancelled instead");
    }

    @Test
    public void enablingEarlyClearsTheInvoiceWait() throws SQLException {
        ContractForm unpaid = form(newCustomer(), ContractType.SUBSCRIPTION);
        unpaid.setStartDate(today.minusDays(3));
        unpaid.setAwaitingInvoice(true);
        ContractRow waiting = contracts.save(unpaid);
        assertEquals(ContractState.PENDING, waiting.getState());

        ContractRow enabled = contracts.enableEarly(waiting.getId(), waiting.getVersion());
        assertEquals(ContractState.ACTIVE, enabled.getState());
        assertFalse(enabled.isAwaitingInvoice());
        assertEquals(today, enabled.getStartDate());
        assertThrows(
                BusinessException.class,
                () -> contracts.enableEarly(waiting.getId(), waiting.getVersion()),
                "the page's old version no longer applies");
    }

    @Test
    public void twoDesksCreatingAnActiveContractAtOnceEndWithExactlyOne() throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        long desk = DemoData.accountId(TECHNICIAN);
        for (int round = 0; round < 5; round++) {
            long customer = newCustomer();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (ContractType type : List.of(ContractType.SUBSCRIPTION, ContractType.SUPPORT_HOURS_BY_MONTH)) {
                ContractForm form = form(customer, type);
                outcomes.add(executor.submit(as(desk, start, () -> contracts.save(form))));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            results.sort(String::compareTo);
            assertEquals(List.of("contract.error.alreadyActive", "saved"), results, "round " + round);
            assertEquals(1, activeCustomerContracts(customer), "round " + round);
        }
    }

    @Test
    public void timeOnDeskNotesIsDrawnFromTheCaseContractAndAudited() throws SQLException {
        long customer = newCustomer();
        long contact = newContact(customer);
        ContractForm byMonth = form(customer, ContractType.SUPPORT_HOURS_BY_MONTH);
        byMonth.setMonthlyHours(10);
        ContractRow contract = contracts.save(byMonth);

        long first = raise(customer, contact, contract.getId(), "Dock door jams");
        long second = raise(customer, contact, contract.getId(), "Scanner offline");
        cases.addNote(note(first, "Adjusted the rails", 1, 30));
        cases.addNote(note(first, "Looked again, no fault found", null, null));
        cases.addNote(note(first, "Replaced the spring", 0, 45));
        CaseDetails afterThird = cases.addNote(note(second, "Reinstalled the scanner driver", 2, 0))
                .getDetails();
        assertEquals(
                "2 h",
                afterThird.getNotes().get(afterThird.getNotes().size() - 1).getTimeSpent(),
                "the note shows its time");

        ContractRow drawn = contracts.get(contract.getId()).contract();
        assertEquals("4 h 15 min", drawn.getHours().getUsed());
        assertEquals("5 h 45 min", drawn.getHours().getLeft());
        assertFalse(drawn.getHours().isOverdrawn());

        cases.addNote(note(second, "Full day on site", 6, 15));
        ContractDetails over = contracts.get(contract.getId());
        assertEquals("0 min", over.contract().getHours().getLeft(), "the hours have run out");
        assertEquals("30 min", over.contract().getHours().getOver(), "the time is still recorded, over the allowance");

        ContractAudit audit = over.audit();
        assertEquals("10 h 30 min", audit.getTotal());
        assertEquals(2, audit.getCases().size());
        ContractAudit.CaseLine firstCase = audit.getCases().get(0);
        assertEquals(first, firstCase.getNumber());
        assertEquals(2, firstCase.getNoteCount(), "only notes with time count");
        assertEquals("2 h 15 min", firstCase.getTime());
        assertEquals("8 h 15 min", audit.getCases().get(1).getTime());
        assertEquals(
                List.of("1 h 30 min", "45 min", "2 h", "6 h 15 min"),
                audit.getNotes().stream().map(ContractAudit.NoteLine::getTime).toList());
        assertTrue(audit.getNotes().stream().allMatch(n -> n.getAuthor().equals("Tom Technician")));

        caller.signIn(DemoData.accountId(SITE_CONTACT));
        long own =
                cases.raise(newCase(null, null, null, "Time from a customer")).getNumber();
        assertThrows(
                NotFoundException.class,
                () -> cases.addNote(note(own, "I spent an hour on this", 1, 0)),
                "customers record no time");
    }

    @Test
    public void aCaseRaisedWhileOnlyAPendingContractExistsWaitsForIt() throws SQLException {
        long company = newCustomer();
        long site = newSite(company);
        long contact = newContact(site);

        assertEquals("New", status(raise(site, contact, null, "No contract at all")));

        ContractForm pending = form(company, ContractType.SUBSCRIPTION);
        pending.setStartDate(today.plusDays(14));
        pending.setEndDate(today.plusYears(1));
        ContractRow waiting = contracts.save(pending);

        long raisedEarly = raise(site, contact, null, "Before the contract starts");
        assertEquals("Pending - no contract", status(raisedEarly), "the company's pending contract covers its site");

        contracts.enableEarly(waiting.getId(), waiting.getVersion());
        assertEquals("New", status(raise(site, contact, waiting.getId(), "Once the contract is active")));
    }

    @Test
    public void aPendingContractWhoseEndHasPassedNoLongerHoldsNewCases() throws SQLException {
        long company = newCustomer();
        long site = newSite(company);
        long contact = newContact(site);

        ContractForm unpaid = form(company, ContractType.SUBSCRIPTION);
        unpaid.setStartDate(today.minusMonths(2));
        unpaid.setEndDate(today);
        unpaid.setAwaitingInvoice(true);
        ContractRow waiting = contracts.save(unpaid);
        assertEquals(ContractState.PENDING, waiting.getState());
        assertEquals("Pending - no contract", status(raise(site, contact, null, "On the contract's last day")));

        // the day after: the nightly job has not run yet, the row still says pending
        execute(
                "UPDATE contract SET end_date = ? WHERE id = ?",
                java.sql.Date.valueOf(today.minusDays(1)),
                waiting.getId());
        assertEquals("New", status(raise(site, contact, null, "After the contract's last day")));
    }

    @Test
    public void aContractOnAListOfItemsCoversCasesAboutThoseItemsOnly() throws SQLException {
        long company = newCustomer();
        long site = newSite(company);
        long listed = newEquipment(site);
        long onCompany = newEquipment(company);
        long other = newEquipment(site);
        long foreign = newEquipment(newCustomer());

        ContractForm onList = form(company, ContractType.SUPPORT_HOURS);
        onList.setItemIds(List.of(listed, foreign));
        assertThrows(NotFoundException.class, () -> contracts.save(onList), "another company's item is never covered");

        onList.setItemIds(List.of(listed, onCompany));
        ContractRow saved = contracts.save(onList);
        assertEquals(ContractState.ACTIVE, saved.getState());
        assertTrue(saved.getEquipment().contains("IT-" + listed), saved.getEquipment());
        assertEquals(
                java.util.Set.of(listed, onCompany),
                java.util.Set.copyOf(contracts.formFor(saved.getId()).getItemIds()));

        assertEquals(List.of(saved.getReference()), offered(site, listed), "a site's item on the list");
        assertEquals(List.of(saved.getReference()), offered(site, onCompany), "the company's item on the list");
        assertEquals(List.of(), offered(site, other), "not an item left off the list");
        assertEquals(List.of(), offered(site, null), "nor a case about no item");

        ContractRow whole = contracts.save(form(company, ContractType.SUBSCRIPTION));
        assertEquals(
                ContractState.ACTIVE,
                whole.getState(),
                "a list is not the whole customer: one may be active beside it");
        assertEquals(List.of(whole.getReference()), offered(site, other));

        ContractForm change = contracts.formFor(saved.getId());
        change.setItemIds(List.of(other));
        contracts.save(change);
        assertTrue(offered(site, other).contains(saved.getReference()), "the changed list covers the new item");
        assertFalse(offered(site, listed).contains(saved.getReference()), "and no longer the one taken off");
    }

    @Test
    public void aPendingContractOnAListOfItemsHoldsOnlyCasesAboutThoseItems() throws SQLException {
        long company = newCustomer();
        long site = newSite(company);
        long contact = newContact(site);
        long listed = newEquipment(site);
        long other = newEquipment(site);

        ContractForm pending = form(company, ContractType.SUBSCRIPTION);
        pending.setStartDate(today.plusDays(14));
        pending.setEndDate(today.plusYears(1));
        pending.setItemIds(List.of(listed));
        ContractRow waiting = contracts.save(pending);
        assertEquals(ContractState.PENDING, waiting.getState());

        assertEquals("Pending - no contract", status(raiseAbout(site, contact, listed, "The listed item")));
        assertEquals("New", status(raiseAbout(site, contact, other, "An item not on the list")));
        assertEquals("New", status(raiseAbout(site, contact, null, "No item")));

        ContractRow current = contracts.get(waiting.getId()).getContract();
        contracts.delete(current.getId(), current.getVersion());
        assertThrows(NotFoundException.class, () -> contracts.get(waiting.getId()), "deleted with its list");
    }

    @Test
    public void theDemoContractOnTwoItemsOfTheMalmoWarehouseIsOfferedForThemOnly() {
        long malmo = DemoData.customerId("Nordic Foods Malmö warehouse");
        assertTrue(offered(malmo, demoItem("MMX-CR1")).contains("EQ-MMX-2026"));
        assertTrue(offered(malmo, demoItem("MMX-FL2")).contains("EQ-MMX-2026"));
        assertFalse(offered(malmo, null).contains("EQ-MMX-2026"), "a case about no item");
        assertFalse(offered(DemoData.customerId("Nordic Foods Göteborg plant"), demoItem("GBG-FR2"))
                .contains("EQ-MMX-2026"));
    }

    /** The contracts the new-case form offers for a case of the customer about the item. */
    private List<String> offered(long customer, Long item) {
        return cases.choicesForNewCase(customer, item).getContracts().stream()
                .map(com.serviceportal.platform.Choice::getLabel)
                .toList();
    }

    private long raiseAbout(long customer, long contact, Long item, String summary) {
        NewCase request = newCase(customer, contact, null, summary);
        request.setEquipmentId(item);
        return cases.raise(request).getNumber();
    }

    private static long demoItem(String idNumber) {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT id FROM equipment WHERE id_number = ?")) {
            query.setString(1, idNumber);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void customersSeeTheContractsOfWhatTheySee() {
        caller.signIn(DemoData.accountId(COMPANY_CONTACT));
        List<String> company = references(contracts.visibleContracts());
        assertTrue(company.containsAll(List.of("SC-NF-2026", "EQ-FR2-2026", "SC-NF-2025")), company.toString());
        assertFalse(company.contains("SC-BM-2026"));
        assertEquals("SC-NF-2025", company.get(company.size() - 1), "active contracts first, the expired one last");

        caller.signIn(DemoData.accountId(SITE_CONTACT));
        List<String> site = references(contracts.visibleContracts());
        assertTrue(site.containsAll(List.of("SC-NF-2026", "EQ-FR2-2026")), "the site's item and its company's cover");

        caller.signIn(DemoData.accountId(OTHER_COMPANY_CONTACT));
        ContractRow baltic = contracts.visibleContracts().stream()
                .filter(k -> k.getReference().equals("SC-BM-2026"))
                .findFirst()
                .orElseThrow();
        assertTrue(references(contracts.visibleContracts()).stream().noneMatch(r -> r.contains("NF")));
        assertEquals("10 h", baltic.getHours().getAllowance(), "the month's hours");
        assertThrows(NotFoundException.class, () -> contracts.get(baltic.getId()), "the desk's page is not theirs");
        assertThrows(NotFoundException.class, () -> contracts.list(new ContractFilter()));
    }

    private static List<String> references(List<ContractRow> rows) {
        return rows.stream().map(ContractRow::getReference).toList();
    }

    private ContractForm form(long customer, ContractType type) {
        ContractForm form = ContractForm.blank(today);
        form.setReference("IT-" + UUID.randomUUID().toString().substring(0, 12));
        form.setCustomerId(customer);
        form.setType(type);
        form.setServiceLevelId(STANDARD_LEVEL);
        form.setIncludedHours(type.isIncludedHours() ? 40 : null);
        form.setMonthlyHours(type.isMonthlyHours() ? 10 : null);
        return form;
    }

    private long raise(long customer, long contact, Long contract, String summary) {
        return cases.raise(newCase(customer, contact, contract, summary)).getNumber();
    }

    private String status(long number) {
        return cases.getByNumber(number).getStatus();
    }

    private static NewCase newCase(Long customer, Long contact, Long contract, String summary) {
        NewCase request = new NewCase();
        request.setCustomerId(customer);
        request.setContactId(contact);
        request.setContractId(contract);
        request.setSummary(summary);
        request.setSeverity(Severity.MEDIUM);
        return request;
    }

    /** A note written on the case's page as it stands now. */
    private NewNote note(long number, String text, Integer hours, Integer minutes) {
        NewNote note = NewNote.of(cases.getByNumber(number));
        note.setStatusId(STATUS_IN_PROGRESS);
        note.setText(text);
        note.setSpentHours(hours);
        note.setSpentMinutes(minutes);
        return note;
    }

    /** A save in a request of its own, as a browser would send it, started when all are ready. */
    private Callable<String> as(long accountId, CountDownLatch start, Callable<ContractRow> save) {
        return () -> {
            RequestContextController request =
                    CDI.current().select(RequestContextController.class).get();
            request.activate();
            try {
                caller.signIn(accountId);
                start.await();
                save.call();
                return "saved";
            } catch (BusinessException e) {
                return e.getMessageKey();
            } finally {
                request.deactivate();
            }
        };
    }

    private static long newCustomer() throws SQLException {
        long id = freshId();
        execute(
                "INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (?, ?, ?, NULL, 0)",
                id,
                "IT" + id,
                "Contract test customer " + id);
        return id;
    }

    private static long newSite(long company) throws SQLException {
        long id = freshId();
        execute(
                "INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (?, ?, ?, ?, 0)",
                id,
                "IT" + id,
                "Contract test site " + id,
                company);
        return id;
    }

    private static long newContact(long customer) throws SQLException {
        long id = freshId();
        execute(
                "INSERT INTO contact (id, customer_id, first_name, last_name, email, version) VALUES (?, ?, ?, ?, ?, 0)",
                id,
                customer,
                "Test",
                "Contact " + id,
                "contact" + id + "@example.com");
        return id;
    }

    private static long newEquipment(long customer) throws SQLException {
        long id = freshId();
        execute(
                "INSERT INTO equipment (id, customer_id, id_number, serial_number, description, version)"
                        + " VALUES (?, ?, ?, ?, ?, 0)",
                id,
                customer,
                "IT-" + id,
                "SN" + id,
                "Test compressor");
        return id;
    }

    private static long activeCustomerContracts(long customer) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT COUNT(*) FROM contract WHERE customer_id = ?"
                                + " AND equipment_id IS NULL AND state = 'ACTIVE'")) {
            query.setLong(1, customer);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Far above the ids the sequences hand out. */
    private static long freshId() {
        return 700_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L);
    }

    private static void execute(String sql, Object... values) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
