package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.CustomerAction;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.NewNote;
import com.serviceportal.cases.Severity;
import com.serviceportal.cases.StatusEntry;
import com.serviceportal.cases.TrackingStatusService;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import com.serviceportal.settings.AnalysisFieldEntry;
import com.serviceportal.settings.CaseTypeEntry;
import com.serviceportal.settings.DuplicateNameException;
import com.serviceportal.settings.FieldType;
import com.serviceportal.settings.SettingsAdminService;
import com.serviceportal.settings.SettingsService;
import com.serviceportal.settings.StillInUseException;
import com.serviceportal.settings.SubjectEntry;
import com.serviceportal.settings.TeamEntry;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules that keep the desk's configuration usable: one default status and one default type,
 * no deleting what cases use, no duplicate names, list fields with options, and administration for
 * administrators only. Every change is undone, so the demo configuration stays as other tests expect.
 */
@ExtendWith(ArquillianExtension.class)
public class SettingsRulesIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(SettingsRulesIT.class, DemoData.class);
    }

    @Inject
    private TrackingStatusService statuses;

    @Inject
    private SettingsAdminService settings;

    @Inject
    private SettingsService readSettings;

    @Inject
    private CaseService cases;

    @Inject
    private Caller caller;

    @BeforeEach
    public void signInAsAdministrator() {
        signIn(DemoData.ADMINISTRATOR);
    }

    @Test
    public void choosingANewDefaultStatusClearsTheOldOneAndNewCasesStartInIt() {
        StatusEntry awaiting = addStatus(unique("Awaiting parts"));
        awaiting.setDefaultForNew(true);
        long number;
        try {
            statuses.save(awaiting);
            List<StatusEntry> all = statuses.statuses();
            assertEquals(
                    List.of(awaiting.getName()),
                    all.stream()
                            .filter(StatusEntry::isDefaultForNew)
                            .map(StatusEntry::getName)
                            .toList(),
                    "exactly one default, the one chosen last");

            signIn(DemoData.SITE_CONTACT);
            number = cases.raise(newCase(unique("Spare belt needed"))).getNumber();
            assertEquals(awaiting.getName(), cases.getByNumber(number).getStatus());
        } finally {
            signIn(DemoData.ADMINISTRATOR);
            StatusEntry fresh = status("New");
            fresh.setDefaultForNew(true);
            statuses.save(fresh);
        }
        assertTrue(status("New").isDefaultForNew(), "the demo default is back");
        assertFalse(status(awaiting.getName()).isDefaultForNew());

        StillInUseException inUse = assertThrows(StillInUseException.class, () -> statuses.delete(awaiting.getId()));
        assertEquals("settings.inUse", inUse.getMessageKey());
        assertTrue(statuses.statuses().stream().anyMatch(s -> s.getName().equals(awaiting.getName())));
    }

    @Test
    public void aStatusACustomerStillSeesOnACaseCannotBeDeleted() {
        StatusEntry awaiting = addStatus(unique("Awaiting approval"));
        awaiting.setDefaultForNew(true);
        long number;
        try {
            statuses.save(awaiting);
            signIn(DemoData.SITE_CONTACT);
            number = cases.raise(newCase(unique("New door seal"))).getNumber();
        } finally {
            signIn(DemoData.ADMINISTRATOR);
            StatusEntry fresh = status("New");
            fresh.setDefaultForNew(true);
            statuses.save(fresh);
        }
        // The desk moves the case on to an internal status: its customer still sees the new one.
        signIn(DemoData.TECHNICIAN);
        addNote(number, DemoData.id("tracking_status", "Internal review"));
        signIn(DemoData.SITE_CONTACT);
        assertEquals(awaiting.getName(), cases.getByNumber(number).getStatus());

        signIn(DemoData.ADMINISTRATOR);
        StillInUseException inUse = assertThrows(StillInUseException.class, () -> statuses.delete(awaiting.getId()));
        assertEquals("settings.inUse", inUse.getMessageKey());
        assertTrue(statuses.statuses().stream().anyMatch(s -> s.getName().equals(awaiting.getName())));

        // Once the customer sees another status, nothing uses it any more.
        signIn(DemoData.TECHNICIAN);
        addNote(number, DemoData.id("tracking_status", "In progress"));
        signIn(DemoData.ADMINISTRATOR);
        statuses.delete(awaiting.getId());
        assertTrue(statuses.statuses().stream().noneMatch(s -> s.getName().equals(awaiting.getName())));
    }

    @Test
    public void theDefaultStatusCannotBeSwitchedOffOrDeletedOrBeComplete() {
        StatusEntry current = status("New");
        current.setDefaultForNew(false);
        assertEquals(
                "settings.status.defaultRequired",
                assertThrows(BusinessException.class, () -> statuses.save(current))
                        .getMessageKey());
        assertEquals(
                "settings.status.defaultNotDeletable",
                assertThrows(BusinessException.class, () -> statuses.delete(current.getId()))
                        .getMessageKey());

        StatusEntry finished = addStatus(unique("Archived"));
        finished.setComplete(true);
        finished.setDefaultForNew(true);
        assertEquals(
                "settings.status.defaultComplete",
                assertThrows(BusinessException.class, () -> statuses.save(finished))
                        .getMessageKey());
        assertTrue(status("New").isDefaultForNew(), "nothing changed");
        statuses.delete(finished.getId());
    }

    @Test
    public void aStatusCustomersDoNotSeeCannotBeTheDefaultForNewCases() {
        StatusEntry triage = addStatus(unique("Triage"));
        try {
            triage.setAvailableToCustomers(false);
            triage.setDefaultForNew(true);
            assertEquals(
                    "settings.status.defaultInternal",
                    assertThrows(BusinessException.class, () -> statuses.save(triage))
                            .getMessageKey());
            StatusEntry current = status("New");
            current.setAvailableToCustomers(false);
            assertEquals(
                    "settings.status.defaultInternal",
                    assertThrows(BusinessException.class, () -> statuses.save(current))
                            .getMessageKey(),
                    "nor can the default stop being available to customers");
            assertTrue(status("New").isDefaultForNew(), "nothing changed");
            assertTrue(status("New").isAvailableToCustomers());
            assertTrue(status(triage.getName()).isAvailableToCustomers());
        } finally {
            // had either save been taken, the demo default would be lost: it is put back in any case
            StatusEntry demoDefault = status("New");
            demoDefault.setAvailableToCustomers(true);
            demoDefault.setDefaultForNew(true);
            statuses.save(demoDefault);
            statuses.delete(triage.getId());
        }
    }

    @Test
    public void anUnusedStatusIsDeletedAndRenamed() {
        StatusEntry spare = addStatus(unique("On hold"));
        spare.setName(unique("Paused"));
        statuses.save(spare);
        assertEquals(spare.getName(), status(spare.getName()).getName());

        statuses.delete(spare.getId());
        assertTrue(statuses.statuses().stream().noneMatch(s -> s.getId().equals(spare.getId())));
    }

    @Test
    public void aCustomerButtonMovesToTheStatusChosenLastAndNeedsACompleteCustomerStatus() {
        StatusEntry internal = addStatus(unique("Closed internally"));
        internal.setCustomerAction(CustomerAction.CLOSE);
        assertEquals(
                "settings.status.actionNeedsComplete",
                assertThrows(BusinessException.class, () -> statuses.save(internal))
                        .getMessageKey());

        StatusEntry done = addStatus(unique("Done"));
        done.setComplete(true);
        done.setCustomerAction(CustomerAction.CLOSE);
        try {
            statuses.save(done);
            assertEquals(CustomerAction.CLOSE, status(done.getName()).getCustomerAction());
            assertEquals(null, status("Closed").getCustomerAction(), "at most one close status");
        } finally {
            StatusEntry closed = status("Closed");
            closed.setCustomerAction(CustomerAction.CLOSE);
            statuses.save(closed);
        }
        assertEquals(null, status(done.getName()).getCustomerAction());
        statuses.delete(done.getId());
        statuses.delete(internal.getId());
    }

    @Test
    public void duplicateNamesAreRefusedWhateverTheirCase() {
        StatusEntry status = new StatusEntry();
        status.setName("in PROGRESS");
        assertEquals(
                "settings.duplicateName",
                assertThrows(DuplicateNameException.class, () -> statuses.save(status))
                        .getMessageKey());

        CaseTypeEntry type = new CaseTypeEntry();
        type.setName("incident");
        assertThrows(DuplicateNameException.class, () -> settings.saveCaseType(type));

        TeamEntry team = new TeamEntry();
        team.setName("First Line ");
        assertThrows(DuplicateNameException.class, () -> settings.saveTeam(team));

        SubjectEntry subject = new SubjectEntry();
        subject.setName("Refrigeration");
        assertThrows(DuplicateNameException.class, () -> settings.saveSubject(subject));

        long refrigeration = settings.subjects().stream()
                .filter(s -> s.getName().equals("Refrigeration"))
                .findFirst()
                .orElseThrow()
                .getId();
        SubjectEntry subtype = new SubjectEntry();
        subtype.setSubjectId(refrigeration);
        subtype.setName("door ALARM");
        assertThrows(DuplicateNameException.class, () -> settings.saveSubtype(subtype));

        AnalysisFieldEntry field = new AnalysisFieldEntry();
        field.setLabel("Machine hours");
        assertThrows(DuplicateNameException.class, () -> settings.saveAnalysisField(field));
    }

    @Test
    public void choosingANewDefaultTypeClearsTheOldOne() {
        CaseTypeEntry warranty = new CaseTypeEntry();
        warranty.setName(unique("Warranty claim"));
        warranty.setDefaultForNew(true);
        try {
            settings.saveCaseType(warranty);
            assertEquals(
                    warranty.getName(),
                    readSettings.findDefaultCaseType().orElseThrow().getName());
            assertEquals(
                    1,
                    settings.caseTypes().stream()
                            .filter(CaseTypeEntry::isDefaultForNew)
                            .count());
        } finally {
            CaseTypeEntry incident = type("Incident");
            incident.setDefaultForNew(true);
            settings.saveCaseType(incident);
        }
        assertEquals(
                "Incident", readSettings.findDefaultCaseType().orElseThrow().getName());

        CaseTypeEntry incident = type("Incident");
        incident.setDefaultForNew(false);
        assertEquals(
                "settings.type.defaultRequired",
                assertThrows(BusinessException.class, () -> settings.saveCaseType(incident))
                        .getMessageKey());
        settings.deleteCaseType(type(warranty.getName()).getId());
        assertTrue(settings.caseTypes().stream().noneMatch(t -> t.getName().equals(warranty.getName())));
    }

    @Test
    public void aListFieldNeedsOptionsAndKeepsThemOnePerLine() {
        AnalysisFieldEntry field = new AnalysisFieldEntry();
        field.setLabel(unique("Door side"));
        field.setType(FieldType.LIST);
        field.setOptions("  \n ");
        assertEquals(
                "settings.field.optionsRequired",
                assertThrows(BusinessException.class, () -> settings.saveAnalysisField(field))
                        .getMessageKey());

        field.setOptions("Left\n\n  Right \r\nLeft\n");
        field.setActive(false);
        settings.saveAnalysisField(field);
        AnalysisFieldEntry saved = settings.analysisFields().stream()
                .filter(f -> f.getLabel().equals(field.getLabel()))
                .findFirst()
                .orElseThrow();
        assertEquals("Left\nRight", saved.getOptions());
        assertFalse(
                readSettings.activeAnalysisFields().stream()
                        .anyMatch(f -> f.getLabel().equals(field.getLabel())),
                "an inactive field is not asked");
        settings.deleteAnalysisField(saved.getId());
    }

    @Test
    public void subjectWithSubtypesIsDeletedWhenNoCaseUsesIt() {
        SubjectEntry subject = new SubjectEntry();
        subject.setName(unique("Lighting"));
        long id = settings.saveSubject(subject);
        SubjectEntry subtype = new SubjectEntry();
        subtype.setSubjectId(id);
        subtype.setName("Flickering");
        settings.saveSubtype(subtype);
        assertEquals(
                List.of("Flickering"),
                settings.subtypes(id).stream().map(SubjectEntry::getName).toList());

        settings.deleteSubject(id);
        assertTrue(settings.subjects().stream().noneMatch(s -> s.getId() == id));
    }

    @Test
    public void onlyAnAdministratorMayChangeSettings() {
        signIn(DemoData.TECHNICIAN);
        assertThrows(NotFoundException.class, () -> statuses.statuses());
        TeamEntry team = new TeamEntry();
        team.setName(unique("Night shift"));
        assertThrows(NotFoundException.class, () -> settings.saveTeam(team));
        signIn(DemoData.ADMINISTRATOR);
        assertTrue(settings.teams().stream().noneMatch(t -> t.getName().equals(team.getName())));
    }

    private StatusEntry addStatus(String name) {
        StatusEntry entry = new StatusEntry();
        entry.setName(name);
        statuses.save(entry);
        return status(name);
    }

    private StatusEntry status(String name) {
        return statuses.statuses().stream()
                .filter(s -> s.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no status " + name));
    }

    private CaseTypeEntry type(String name) {
        return settings.caseTypes().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no case type " + name));
    }

    /** A note of the desk's that moves the case to the status. */
    private void addNote(long number, long statusId) {
        NewNote note = NewNote.of(cases.getByNumber(number));
        note.setStatusId(statusId);
        note.setText("Checked with the supplier");
        cases.addNote(note);
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    private static NewCase newCase(String summary) {
        NewCase request = new NewCase();
        request.setSummary(summary);
        request.setSeverity(Severity.LOW);
        return request;
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
