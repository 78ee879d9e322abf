package com.serviceportal.it;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.cases.AddedNote;
import com.serviceportal.cases.CaseConflictException;
import com.serviceportal.cases.CaseDetails;
import com.serviceportal.cases.CaseEdit;
import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.CaseWork;
import com.serviceportal.cases.ChangeDetails;
import com.serviceportal.cases.CustomerAction;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.NewNote;
import com.serviceportal.cases.NoteDetails;
import com.serviceportal.cases.Severity;
import com.serviceportal.platform.Difference;
import com.serviceportal.security.Caller;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
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
 * Every change of a case checks and moves on its version: a note from a page read before someone
 * else changed the status adds the note but keeps the status, a refused save can be saved again
 * over the case as it now stands, and of two status changes at once exactly one is stored.
 */
@ExtendWith(ArquillianExtension.class)
public class CaseConflictIT {

    private static final long STATUS_NEW = 1;
    private static final long STATUS_IN_PROGRESS = 2;
    private static final long STATUS_WAITING = 3;
    private static final long STATUS_INTERNAL_REVIEW = 4;

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(CaseConflictIT.class, DemoData.class);
    }

    @Inject
    private CaseService cases;

    @Inject
    private Caller caller;

    @Test
    public void customersNoteFromAnOlderPageIsAddedButKeepsTheStatusTheDeskSet() {
        long number = raise(unique("Freezer door seal torn"));
        NewNote fromOldPage = NewNote.of(cases.getByNumber(number));
        assertEquals(STATUS_NEW, fromOldPage.getStatusId(), "the note's menu holds the status the page showed");

        signIn(TECHNICIAN);
        CaseWork work = CaseWork.of(cases.getByNumber(number));
        work.setStatusId(STATUS_WAITING);
        cases.work(work);

        signIn(SITE_CONTACT);
        fromOldPage.setText("The seal is torn at the bottom left");
        AddedNote added = cases.addNote(fromOldPage);

        assertTrue(added.isStatusKept(), "the customer is told that the status was not changed");
        assertEquals("Tom Technician", added.getChangedBy(), "and who changed the case");
        assertEquals("Waiting for customer", added.getDetails().getStatus(), "the desk's status stays");
        assertEquals(
                List.of("The seal is torn at the bottom left"),
                added.getDetails().getNotes().stream().map(NoteDetails::getText).toList(),
                "the note is added");
        signIn(TECHNICIAN);
        assertEquals(
                List.of("created:Sven Berg", "status:Tom Technician"),
                cases.getByNumber(number).getHistory().stream()
                        .map(h -> h.getField() + ":" + h.getChangedBy())
                        .toList(),
                "the customer's note set no status");

        signIn(SITE_CONTACT);
        NewNote chosenAgain = NewNote.of(added.getDetails());
        chosenAgain.setStatusId(STATUS_NEW);
        chosenAgain.setText("Please come as soon as you can");
        AddedNote second = cases.addNote(chosenAgain);
        assertFalse(second.isStatusKept());
        assertEquals("New", second.getDetails().getStatus(), "a status chosen again on the page now shown is set");
    }

    @Test
    public void desksNoteFromAnOlderPageStaysInternalAndKeepsTheStatusSetMeanwhile() {
        long number = raise(unique("Label printer jams"));
        signIn(TECHNICIAN);
        NewNote fromOldPage = NewNote.of(cases.getByNumber(number));

        signIn(ADMINISTRATOR);
        CaseWork work = CaseWork.of(cases.getByNumber(number));
        work.setStatusId(STATUS_IN_PROGRESS);
        cases.work(work);

        signIn(TECHNICIAN);
        fromOldPage.setStatusId(STATUS_INTERNAL_REVIEW);
        fromOldPage.setText("Ask the supplier about the firmware");
        AddedNote added = cases.addNote(fromOldPage);
        assertTrue(added.isStatusKept());
        assertEquals("In progress", added.getDetails().getStatus());
        NoteDetails note = added.getDetails().getNotes().get(0);
        assertFalse(note.isVisibleToCustomer(), "the note stays as internal as its writer meant it");

        signIn(SITE_CONTACT);
        CaseDetails seen = cases.getByNumber(number);
        assertEquals(0, seen.getNoteCount(), "the customer never reads it");
        assertEquals("In progress", seen.getStatus());
    }

    @Test
    public void noteFromAnOlderPageThatKeepsTheStatusChangesNothingElse() {
        long number = raise(unique("Scale shows error 7"));
        NewNote fromOldPage = NewNote.of(cases.getByNumber(number));
        CaseEdit edit = CaseEdit.of(cases.getByNumber(number));
        edit.setSeverity(Severity.HIGH);
        cases.update(edit);

        fromOldPage.setText("It happens after a power cut");
        AddedNote added = cases.addNote(fromOldPage);
        assertFalse(added.isStatusKept(), "nobody changed the status: there is nothing to choose again");
        assertEquals("New", added.getDetails().getStatus());
        assertEquals(1, added.getDetails().getNoteCount());
    }

    @Test
    public void refusedSaveShowsTheCaseAsItNowStandsAndSavesAgain() {
        long number = raise(unique("Compressor rattles"));
        CaseEdit typed = CaseEdit.of(cases.getByNumber(number));

        signIn(TECHNICIAN);
        CaseWork work = CaseWork.of(cases.getByNumber(number));
        work.setSeverity(Severity.CRITICAL);
        cases.work(work);

        signIn(SITE_CONTACT);
        typed.setSummary("Compressor rattles when it starts");
        typed.setSeverity(Severity.CRITICAL);
        typed.setDescription("Since Monday");
        assertThrows(CaseConflictException.class, () -> cases.update(typed));

        CaseDetails current = cases.getByNumber(number);
        List<Difference> differences = typed.differencesFrom(current);
        assertEquals(
                List.of("case.summary", "case.description"),
                differences.stream().map(Difference::field).toList(),
                "the fields where the form and the case now differ");
        assertEquals("Compressor rattles when it starts", differences.get(0).typed());

        typed.rebaseOn(current);
        CaseDetails saved = cases.update(typed);
        assertEquals("Compressor rattles when it starts", saved.getSummary(), "saving again keeps what was typed");
        assertEquals("Since Monday", saved.getDescription());
        assertEquals(Severity.CRITICAL, saved.getSeverity());

        CaseEdit closing = CaseEdit.of(current);
        assertThrows(
                CaseConflictException.class,
                () -> cases.end(number, closing.getVersion(), CustomerAction.CLOSE),
                "closing from the page before the save is refused too");
        closing.rebaseOn(cases.getByNumber(number));
        assertEquals(
                "Closed",
                cases.end(number, closing.getVersion(), CustomerAction.CLOSE).getStatus());
    }

    @Test
    public void desksRefusedSaveCanBeSavedAgain() {
        long number = raise(unique("Dock leveller stuck"));
        signIn(TECHNICIAN);
        CaseWork typed = CaseWork.of(cases.getByNumber(number));

        signIn(SITE_CONTACT);
        CaseEdit edit = CaseEdit.of(cases.getByNumber(number));
        edit.setSummary("Dock leveller stuck half way");
        cases.update(edit);

        signIn(TECHNICIAN);
        typed.setStatusId(STATUS_IN_PROGRESS);
        assertThrows(CaseConflictException.class, () -> cases.work(typed));
        typed.rebaseOn(cases.getByNumber(number));
        CaseDetails saved = cases.work(typed);
        assertEquals("In progress", saved.getStatus());
        assertEquals("Dock leveller stuck half way", saved.getSummary(), "the customer's change stands");
    }

    @Test
    public void twoTechniciansChangingTheStatusAtOnceEndInOneChangeAndOneConflict() throws Exception {
        long number = raise(unique("Conveyor 5 stops"));
        signIn(TECHNICIAN);
        CaseDetails read = cases.getByNumber(number);
        CaseWork tom = CaseWork.of(read);
        tom.setStatusId(STATUS_IN_PROGRESS);
        CaseWork ada = CaseWork.of(read);
        ada.setStatusId(STATUS_INTERNAL_REVIEW);

        List<String> outcomes =
                atOnce(as(TECHNICIAN, () -> cases.work(tom).getStatus()), as(ADMINISTRATOR, () -> cases.work(ada)
                        .getStatus()));

        assertEquals(1, outcomes.stream().filter("conflict"::equals).count(), "one is told: " + outcomes);
        String winner =
                outcomes.stream().filter(o -> !o.equals("conflict")).findFirst().orElseThrow();
        CaseDetails after = cases.getByNumber(number);
        assertEquals(winner, after.getStatus(), "exactly the winner's status is stored");
        assertEquals(
                1,
                after.getHistory().stream()
                        .filter(h -> h.getField().equals("status"))
                        .count(),
                "one status change in the history");
    }

    @Test
    public void statusChangeAndNoteWithAStatusAtOnceNeverLoseTheStatus() throws Exception {
        long number = raise(unique("Oven 2 too hot"));
        signIn(TECHNICIAN);
        CaseDetails read = cases.getByNumber(number);
        CaseWork tom = CaseWork.of(read);
        tom.setStatusId(STATUS_WAITING);
        NewNote ada = NewNote.of(read);
        ada.setStatusId(STATUS_INTERNAL_REVIEW);
        ada.setText("Thermostat suspected");

        List<String> outcomes = atOnce(as(TECHNICIAN, () -> cases.work(tom).getStatus()), as(ADMINISTRATOR, () -> {
            AddedNote added = cases.addNote(ada);
            return added.isStatusKept() ? "told" : added.getDetails().getStatus();
        }));

        List<String> winners = outcomes.stream()
                .filter(o -> !o.equals("conflict") && !o.equals("told"))
                .toList();
        assertEquals(1, winners.size(), "exactly one status change wins: " + outcomes);
        CaseDetails after = cases.getByNumber(number);
        assertEquals(winners.get(0), after.getStatus());
        List<ChangeDetails> statusChanges = after.getHistory().stream()
                .filter(h -> h.getField().equals("status"))
                .toList();
        assertEquals(1, statusChanges.size(), "the other one set no status: " + outcomes);
    }

    /** Runs each save in a request of its own, started together; answers each outcome in order. */
    @SafeVarargs
    private List<String> atOnce(Callable<String>... saves) throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> running = new ArrayList<>();
        for (Callable<String> save : saves) {
            running.add(executor.submit(() -> {
                start.await();
                return save.call();
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> outcome : running) {
            outcomes.add(outcome.get(30, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    /** A save as a browser would send it: signed in as the user, in a request of its own. */
    private Callable<String> as(String username, Callable<String> save) {
        long account = DemoData.accountId(username);
        return () -> {
            RequestContextController request =
                    CDI.current().select(RequestContextController.class).get();
            request.activate();
            try {
                caller.signIn(account);
                return save.call();
            } catch (CaseConflictException e) {
                return "conflict";
            } finally {
                request.deactivate();
            }
        };
    }

    private long raise(String summary) {
        signIn(SITE_CONTACT);
        NewCase request = new NewCase();
        request.setSummary(summary);
        request.setSeverity(Severity.MEDIUM);
        return cases.raise(request).getNumber();
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
