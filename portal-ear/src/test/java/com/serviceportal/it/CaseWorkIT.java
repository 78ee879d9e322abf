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

import com.serviceportal.cases.CaseConflictException;
import com.serviceportal.cases.CaseDetails;
import com.serviceportal.cases.CaseEdit;
import com.serviceportal.cases.CaseFilter;
import com.serviceportal.cases.CaseRow;
import com.serviceportal.cases.CaseSearch;
import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.CaseSort;
import com.serviceportal.cases.CaseWork;
import com.serviceportal.cases.ChangeDetails;
import com.serviceportal.cases.CustomerAction;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.NewNote;
import com.serviceportal.cases.NoteDetails;
import com.serviceportal.cases.RaisedCase;
import com.serviceportal.cases.Severity;
import com.serviceportal.cases.StatusChoice;
import com.serviceportal.cases.files.CaseFileService;
import com.serviceportal.cases.files.FileListing;
import com.serviceportal.customers.ContactForm;
import com.serviceportal.customers.ContactService;
import com.serviceportal.jobs.contacts.ContactFieldRules;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Working a case: who reads which note, the analysis fields a new case must answer, the contracts a
 * case may be raised under, the customer's close and cancel, the history of every change, a person
 * with the longest name allowed, and a save based on an older version ending in a conflict rather
 * than a lost update.
 */
@ExtendWith(ArquillianExtension.class)
public class CaseWorkIT {

    private static final long STATUS_IN_PROGRESS = 2;
    private static final long STATUS_INTERNAL_REVIEW = 4;
    private static final long STATUS_RESOLVED = 6;
    private static final long STATUS_CLOSED = 7;
    private static final long STATUS_CANCELLED = 8;
    private static final long FAULT_TEMPERATURE = 2;
    private static final long EQUIPMENT_FREEZER_2 = 2;
    private static final long SUBJECT_REFRIGERATION = 1;
    private static final long SUBTYPE_DOOR_ALARM = 2;
    private static final long SUBJECT_SOFTWARE = 3;
    private static final long SUBTYPE_LOGIN = 5;
    private static final long TEAM_FIRST_LINE = 1;

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(CaseWorkIT.class, DemoData.class);
    }

    @Inject
    private CaseService cases;

    @Inject
    private Caller caller;

    @Inject
    private CaseSearch search;

    @Inject
    private ContactService contacts;

    @Inject
    private CaseFileService files;

    @Test
    public void aCustomersNoteCannotEndTheCaseWhichOnlyItsConfirmedActionsDo() {
        long number = raise(SITE_CONTACT, unique("Shrink wrapper cuts unevenly"));
        signIn(SITE_CONTACT);
        List<String> offered = cases.getByNumber(number).getNoteStatuses().stream()
                .map(StatusChoice::getName)
                .toList();
        assertTrue(offered.contains("In progress"), offered::toString);
        assertTrue(
                offered.stream().noneMatch(List.of("Resolved", "Closed", "Cancelled")::contains),
                "no status that ends the case is offered with a note: " + offered);
        for (long ending : new long[] {STATUS_RESOLVED, STATUS_CLOSED, STATUS_CANCELLED}) {
            BusinessException refused = assertThrows(
                    BusinessException.class,
                    () -> cases.addNote(note(number, ending, "Done, thanks")),
                    "a note with status " + ending + " is refused");
            assertEquals("notes.endWithItsButton", refused.getMessageKey());
        }
        CaseDetails unchanged = cases.getByNumber(number);
        assertEquals("New", unchanged.getStatus());
        assertEquals(0, unchanged.getNoteCount(), "a refused note is not added");

        assertEquals(
                "Closed",
                cases.end(number, unchanged.getVersion(), CustomerAction.CLOSE).getStatus(),
                "Close case ends it");
    }

    @Test
    public void customerReadsOnlyNotesWhoseStatusIsAvailableToCustomers() {
        long number = raise(SITE_CONTACT, unique("Label printer smudges"));

        signIn(TECHNICIAN);
        cases.addNote(note(number, STATUS_INTERNAL_REVIEW, "Supplier says the batch of ribbons is faulty"));
        assertEquals("Internal review", cases.getByNumber(number).getStatus());
        signIn(SITE_CONTACT);
        assertEquals("New", cases.getByNumber(number).getStatus(), "an internal step never shows in the portal");
        assertEquals(0, cases.getByNumber(number).getNoteCount());
        assertEquals(
                List.of("New"),
                listed(Long.toString(number)).stream().map(CaseRow::getStatus).toList(),
                "the list shows the customer's status too");

        signIn(TECHNICIAN);
        cases.addNote(note(number, STATUS_IN_PROGRESS, "New ribbons are on their way to you"));

        CaseDetails desk = cases.getByNumber(number);
        assertEquals(2, desk.getNoteCount(), "the desk reads every note");
        assertFalse(desk.getNotes().get(0).isVisibleToCustomer());

        for (String contact : List.of(SITE_CONTACT, COMPANY_CONTACT)) {
            signIn(contact);
            CaseDetails seen = cases.getByNumber(number);
            assertEquals(1, seen.getNoteCount(), contact + " counts only the note meant for customers");
            assertEquals(
                    List.of("New ribbons are on their way to you"),
                    seen.getNotes().stream().map(NoteDetails::getText).toList());
            assertTrue(
                    seen.getNoteStatuses().stream().allMatch(StatusChoice::isVisibleToCustomer),
                    "a customer is offered only statuses available to customers");
            assertEquals("In progress", seen.getStatus());
        }

        signIn(SITE_CONTACT);
        assertThrows(
                NotFoundException.class,
                () -> cases.addNote(note(number, STATUS_INTERNAL_REVIEW, "Trying an internal status")),
                "a customer cannot give a note an internal status");
        cases.addNote(note(number, STATUS_IN_PROGRESS, "Thanks, we will fit them on Monday"));
        signIn(TECHNICIAN);
        NoteDetails last = cases.getByNumber(number).getNotes().get(2);
        assertTrue(last.isByCustomer());
        assertEquals("Sven Berg", last.getAuthor());
    }

    @Test
    public void aCustomersNoteThatKeepsTheStatusTheySeeLeavesTheDesksInternalStepAlone() {
        long number = raise(SITE_CONTACT, unique("Scale drifts after cleaning"));
        signIn(TECHNICIAN);
        cases.addNote(note(number, STATUS_INTERNAL_REVIEW, "Checking the load cell with the supplier"));

        signIn(SITE_CONTACT);
        NewNote note = NewNote.of(cases.getByNumber(number));
        note.setText("It drifted again this morning");
        cases.addNote(note);
        CaseDetails seen = cases.getByNumber(number);
        assertEquals("New", seen.getStatus());
        assertEquals(
                List.of("It drifted again this morning"),
                seen.getNotes().stream().map(NoteDetails::getText).toList());

        signIn(TECHNICIAN);
        assertEquals("Internal review", cases.getByNumber(number).getStatus(), "the desk's own step stays");
        signIn(SITE_CONTACT);
        cases.addNote(note(number, STATUS_IN_PROGRESS, "Please call me about it"));
        signIn(TECHNICIAN);
        assertEquals("In progress", cases.getByNumber(number).getStatus(), "a status the customer picks is set");
    }

    @Test
    public void aContactWithTheLongestNameAllowedRaisesACaseAddsANoteAndUploadsAFile() {
        signIn(TECHNICIAN);
        String username = "longname" + UUID.randomUUID().toString().substring(0, 8);
        ContactForm form = ContactForm.blank();
        form.setFirstName("Maria" + "e".repeat(ContactFieldRules.FIRST_NAME - 5));
        form.setLastName("Lindqvist" + "t".repeat(ContactFieldRules.LAST_NAME - 9));
        form.setUsername(username);
        form.setEmail(username + "@nordicfoods.example");
        form.setCustomerId(DemoData.customerId("Nordic Foods Göteborg plant"));
        form.setWebAccess(true);
        long contact = contacts.save(form);
        String name = form.getFirstName() + " " + form.getLastName();
        assertEquals(ContactFieldRules.DISPLAY_NAME, name.length());
        try {
            caller.signIn(DemoData.accountId(username));
            long number =
                    cases.raise(newCase(unique("Labels peel off the crates"))).getNumber();
            cases.addNote(note(number, STATUS_IN_PROGRESS, "A photo of the labels is attached"));
            long caseId = cases.getByNumber(number).getId();
            files.upload(
                    caseId,
                    null,
                    "labels.txt",
                    "text/plain",
                    new ByteArrayInputStream("Peeling labels".getBytes(StandardCharsets.UTF_8)));

            signIn(TECHNICIAN);
            CaseDetails desk = cases.getByNumber(number);
            assertEquals(name, desk.getUpdatedBy(), "the last change is the contact's, by its whole name");
            assertEquals(
                    List.of(name),
                    desk.getNotes().stream().map(NoteDetails::getAuthor).toList());
            assertEquals(
                    List.of(name),
                    desk.getHistory().stream()
                            .map(ChangeDetails::getChangedBy)
                            .distinct()
                            .toList());
            assertEquals(
                    List.of(name),
                    files.list(caseId).files().stream()
                            .map(FileListing::uploadedBy)
                            .toList());
        } finally {
            signIn(TECHNICIAN);
            contacts.delete(contact);
        }
    }

    @Test
    public void mandatoryAnalysisFieldsMustBeAnsweredAndAnswersMustFitTheirType() throws SQLException {
        String label = unique("Meter reading");
        long field = addAnalysisField(label, "NUMBER", true);
        try {
            signIn(SITE_CONTACT);
            BusinessException missing =
                    assertThrows(BusinessException.class, () -> cases.raise(newCase(unique("Meter reading missing"))));
            assertEquals("case.error.analysisMissing", missing.getMessageKey());
            assertTrue(String.valueOf(missing.getArguments()[0]).contains(label));

            NewCase notANumber = newCase(unique("Meter reading wrong"));
            notANumber.getAnswers().put(field, "about twelve");
            BusinessException invalid = assertThrows(BusinessException.class, () -> cases.raise(notANumber));
            assertEquals("case.error.analysisInvalid", invalid.getMessageKey());

            NewCase answered = newCase(unique("Meter reading given"));
            answered.getAnswers().put(field, "1234,5");
            CaseDetails raised = cases.getByNumber(cases.raise(answered).getNumber());
            assertTrue(
                    raised.getAnswers().stream()
                            .anyMatch(a ->
                                    a.getLabel().equals(label) && a.getValue().equals("1234.5")),
                    "the answer is kept with the case");
        } finally {
            retireAnalysisField(field);
        }
    }

    @Test
    public void caseIsRaisedUnderAContractThatCoversTheCustomerOrTheEquipment() {
        signIn(SITE_CONTACT);
        var choices = cases.choicesForNewCase(null, EQUIPMENT_FREEZER_2);
        List<String> offered =
                choices.getContracts().stream().map(Choice::getLabel).toList();
        assertEquals(
                List.of("EQ-FR2-2026", "SC-NF-2026"),
                offered,
                "the freezer's own contract and the company's active one; not the expired one");
        assertTrue(choices.isFaultCodesEnabled());

        NewCase request = newCase(unique("Freezer 2 warm"));
        request.setEquipmentId(EQUIPMENT_FREEZER_2);
        request.setContractId(choices.getContracts().get(0).getId());
        request.setFaultCodeId(FAULT_TEMPERATURE);
        RaisedCase raised = cases.raise(request);
        assertTrue(raised.getAlert().contains("on-call"), "the desk's new-case alert is shown after saving");

        CaseDetails details = cases.getByNumber(raised.getNumber());
        assertEquals("EQ-FR2-2026", details.getContract());
        assertEquals("Temperature too high", details.getFaultCode(), "the fault code by its friendly name");
        assertTrue(details.getEquipment().contains("Freezer 2"));

        signIn(OTHER_COMPANY_CONTACT);
        long balticContract =
                cases.choicesForNewCase(null, null).getContracts().get(0).getId();
        signIn(SITE_CONTACT);
        NewCase foreign = newCase(unique("Under someone else's contract"));
        foreign.setContractId(balticContract);
        BusinessException refused = assertThrows(BusinessException.class, () -> cases.raise(foreign));
        assertEquals("case.error.contractNotCovering", refused.getMessageKey());

        NewCase nonContract = newCase(unique("Non-contract question"));
        assertNull(cases.getByNumber(cases.raise(nonContract).getNumber()).getContract());
    }

    @Test
    public void deskRaisesACaseForACustomerOnThePhone() {
        signIn(TECHNICIAN);
        long goteborg = DemoData.customerId("Nordic Foods Göteborg plant");
        var choices = cases.choicesForNewCase(goteborg, null);
        Choice maria = choices.getContacts().stream()
                .filter(c -> c.getLabel().equals("Maria Holm"))
                .findFirst()
                .orElseThrow();

        NewCase withoutContact = newCase(unique("Phoned in: no contact chosen"));
        withoutContact.setCustomerId(goteborg);
        assertEquals(
                "case.error.contactRequired",
                assertThrows(BusinessException.class, () -> cases.raise(withoutContact))
                        .getMessageKey());

        NewCase phoned = newCase(unique("Phoned in: forklift charger dead"));
        phoned.setCustomerId(goteborg);
        phoned.setContactId(maria.getId());
        phoned.setCaseTypeId(choices.getCaseTypes().get(1).getId());
        CaseDetails raised = cases.getByNumber(cases.raise(phoned).getNumber());
        assertEquals("Maria Holm", raised.getRaisedBy());
        assertEquals(com.serviceportal.cases.CaseSource.DESK, raised.getSource());
        assertEquals("Service request", raised.getCaseType());

        signIn(COMPANY_CONTACT);
        assertEquals(raised.getSummary(), cases.getByNumber(raised.getNumber()).getSummary(), "the customer sees it");
    }

    @Test
    public void customerClosesACaseAndCanNoLongerEditIt() {
        long number = raise(SITE_CONTACT, unique("Door sensor beeps"));
        CaseDetails open = cases.getByNumber(number);

        CaseDetails closed = cases.end(number, open.getVersion(), CustomerAction.CLOSE);
        assertEquals("Closed", closed.getStatus());
        assertTrue(closed.isComplete());

        CaseEdit late = CaseEdit.of(closed);
        late.setSummary("Changed after closing");
        BusinessException refused = assertThrows(BusinessException.class, () -> cases.update(late));
        assertEquals("case.error.complete", refused.getMessageKey());

        long another = raise(SITE_CONTACT, unique("Not needed after all"));
        CaseDetails cancelled = cases.end(another, cases.getByNumber(another).getVersion(), CustomerAction.CANCEL);
        assertEquals("Cancelled", cancelled.getStatus());
    }

    @Test
    public void everyChangeIsKeptInTheHistory() {
        long number = raise(SITE_CONTACT, unique("Scale drifts"));
        CaseEdit edit = CaseEdit.of(cases.getByNumber(number));
        edit.setSeverity(Severity.HIGH);
        edit.setDescription("Drifts by 200 g after an hour");
        cases.update(edit);

        signIn(TECHNICIAN);
        CaseWork work = CaseWork.of(cases.getByNumber(number));
        work.setStatusId(STATUS_IN_PROGRESS);
        work.setTeamId(cases.deskChoices(number).getTeams().get(0).getId());
        work.setAssigneeId(DemoData.accountId(TECHNICIAN));
        List<ChangeDetails> history = cases.work(work).getHistory();

        assertEquals(
                List.of(
                        "created:Sven Berg",
                        "severity:Sven Berg",
                        "description:Sven Berg",
                        "status:Tom Technician",
                        "team:Tom Technician",
                        "assignee:Tom Technician"),
                history.stream().map(h -> h.getField() + ":" + h.getChangedBy()).toList());
        ChangeDetails severity = history.get(1);
        assertEquals("MEDIUM", severity.getOldValue());
        assertEquals("HIGH", severity.getNewValue());
        assertEquals("Tom Technician", history.get(5).getNewValue());

        signIn(SITE_CONTACT);
        assertTrue(cases.getByNumber(number).getHistory().isEmpty(), "the history is the desk's");
    }

    @Test
    public void aSwedishReaderReadsTheDesksSwedishNamesAndEnglishWhereThereIsNone() {
        String summary = unique("Kylrummets dörr larmar");
        signIn(SITE_CONTACT);
        NewCase door = newCase(summary);
        door.setSubjectId(SUBJECT_REFRIGERATION);
        door.setSubtypeId(SUBTYPE_DOOR_ALARM);
        door.setFaultCodeId(FAULT_TEMPERATURE);
        long number = cases.raise(door).getNumber();
        NewCase login = newCase(unique("Kan inte logga in"));
        login.setSubjectId(SUBJECT_SOFTWARE);
        login.setSubtypeId(SUBTYPE_LOGIN);
        long other = cases.raise(login).getNumber();

        signIn(TECHNICIAN);
        CaseWork work = CaseWork.of(cases.getByNumber(number));
        work.setStatusId(STATUS_IN_PROGRESS);
        work.setSeverity(Severity.HIGH);
        work.setTeamId(TEAM_FIRST_LINE);
        cases.work(work);

        caller.readsIn(Locale.forLanguageTag("sv"));
        try {
            CaseDetails swedish = cases.getByNumber(number);
            assertEquals("Pågår", swedish.getStatus());
            assertEquals("Incident", swedish.getCaseType());
            assertEquals("Kyla", swedish.getSubject());
            assertEquals("Dörrlarm", swedish.getSubtype());
            assertEquals("För hög temperatur", swedish.getFaultCode());
            assertEquals("Första linjen", swedish.getTeam());
            assertTrue(
                    cases.deskChoices(number).getStatuses().stream()
                            .anyMatch(s -> s.getName().equals("Väntar på kund")),
                    "the desk's status list is Swedish too");
            assertEquals(
                    List.of("Pågår"),
                    listed(summary).stream().map(CaseRow::getStatus).toList(),
                    "and the case list");
            assertEquals(
                    List.of("Första linjen"),
                    listed(summary).stream().map(CaseRow::getTeam).toList());

            // The history names statuses and teams in the reader's words, severities by their label's key.
            List<ChangeDetails> history = swedish.getHistory();
            ChangeDetails status = history.stream()
                    .filter(h -> h.getField().equals("status"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("Ny", status.getOldValue());
            assertEquals("Pågår", status.getNewValue());
            ChangeDetails severity = history.stream()
                    .filter(h -> h.getField().equals("severity"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("severity.MEDIUM", severity.getOldValueKey());
            assertEquals("severity.HIGH", severity.getNewValueKey());
            ChangeDetails team = history.stream()
                    .filter(h -> h.getField().equals("team"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("Första linjen", team.getNewValue());

            CaseDetails fallback = cases.getByNumber(other);
            assertEquals("Software", fallback.getSubject(), "a subject without a Swedish name reads in English");
            assertEquals("Inloggning", fallback.getSubtype());
        } finally {
            caller.readsIn(Locale.ENGLISH);
        }
        assertEquals("In progress", cases.getByNumber(number).getStatus(), "English readers read English");
        assertEquals("Refrigeration", cases.getByNumber(number).getSubject());
    }

    @Test
    public void saveBasedOnAnOlderVersionIsAConflictAndChangesNothing() {
        long number = raise(SITE_CONTACT, unique("Compressor noise"));
        CaseEdit customerEdit = CaseEdit.of(cases.getByNumber(number));

        signIn(TECHNICIAN);
        CaseWork work = CaseWork.of(cases.getByNumber(number));
        work.setSeverity(Severity.CRITICAL);
        cases.work(work);

        signIn(SITE_CONTACT);
        customerEdit.setSummary("Compressor noise, louder at night");
        CaseConflictException conflict = assertThrows(CaseConflictException.class, () -> cases.update(customerEdit));
        assertEquals("Tom Technician", conflict.getArguments()[0], "the message names who changed the case");
        CaseDetails now = cases.getByNumber(number);
        assertEquals(Severity.CRITICAL, now.getSeverity(), "the technician's change stands");
        assertFalse(now.getSummary().contains("louder"), "the customer's stale save was not applied");
    }

    @Test
    public void customerAndTechnicianSavingAtOnceEndInOneSaveAndOneConflict() throws Exception {
        long number = raise(SITE_CONTACT, unique("Conveyor 3 slips"));
        CaseDetails read = cases.getByNumber(number);
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);

        CaseEdit customer = CaseEdit.of(read);
        customer.setSummary("Conveyor 3 slips under load");
        CaseWork desk = CaseWork.of(read);
        desk.setSeverity(Severity.HIGH);
        Future<String> customerSave =
                executor.submit(as(DemoData.accountId(SITE_CONTACT), start, () -> cases.update(customer)));
        Future<String> deskSave = executor.submit(as(DemoData.accountId(TECHNICIAN), start, () -> cases.work(desk)));
        start.countDown();

        List<String> outcomes =
                new ArrayList<>(List.of(customerSave.get(30, TimeUnit.SECONDS), deskSave.get(30, TimeUnit.SECONDS)));
        outcomes.sort(String::compareTo);
        assertEquals(List.of("conflict", "saved"), outcomes, "one save wins, the other is told of the conflict");

        CaseDetails after = cases.getByNumber(number);
        boolean customerWon = after.getSummary().endsWith("under load");
        boolean deskWon = after.getSeverity() == Severity.HIGH;
        assertTrue(customerWon ^ deskWon, "exactly the winner's change is stored");
    }

    /** A save in a request of its own, as a browser would send it, started when all are ready. */
    private Callable<String> as(long accountId, CountDownLatch start, Callable<CaseDetails> save) {
        return () -> {
            RequestContextController request =
                    CDI.current().select(RequestContextController.class).get();
            request.activate();
            try {
                caller.signIn(accountId);
                start.await();
                save.call();
                return "saved";
            } catch (CaseConflictException e) {
                return "conflict";
            } finally {
                request.deactivate();
            }
        };
    }

    private long raise(String username, String summary) {
        signIn(username);
        return cases.raise(newCase(summary)).getNumber();
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    /** A note written on the case's page as it stands now. */
    private NewNote note(long number, long statusId, String text) {
        NewNote note = NewNote.of(cases.getByNumber(number));
        note.setStatusId(statusId);
        note.setText(text);
        return note;
    }

    private static NewCase newCase(String summary) {
        NewCase request = new NewCase();
        request.setSummary(summary);
        request.setSeverity(Severity.MEDIUM);
        return request;
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long addAnalysisField(String label, String type, boolean mandatory) throws SQLException {
        long id = 900_000 + (System.nanoTime() % 90_000);
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO analysis_field (id, label, field_type, mandatory, options, active, sort_order,"
                                + " version) VALUES (?, ?, ?, ?, NULL, 1, 99, 0)")) {
            insert.setLong(1, id);
            insert.setString(2, label);
            insert.setString(3, type);
            insert.setBoolean(4, mandatory);
            insert.executeUpdate();
        }
        return id;
    }

    /** Other tests raise cases too: a mandatory field left active would refuse theirs. */
    private static void retireAnalysisField(long id) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE analysis_field SET active = ? WHERE id = ?")) {
            update.setBoolean(1, false);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    /** The cases the caller's list finds for a text, complete ones included. */
    private List<CaseRow> listed(String text) {
        CaseFilter filter = new CaseFilter();
        filter.setText(text);
        filter.setIncludeComplete(true);
        return search.search(filter, CaseSort.NEWEST_FIRST, 0, CaseSearch.MAX_PAGE_SIZE)
                .getRows();
    }
}
