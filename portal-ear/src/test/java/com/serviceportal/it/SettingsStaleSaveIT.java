package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.cases.StatusEntry;
import com.serviceportal.cases.TrackingStatusService;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.security.Caller;
import com.serviceportal.settings.PortalSettings;
import com.serviceportal.settings.SettingsAdminService;
import com.serviceportal.settings.SubjectEntry;
import com.serviceportal.settings.TeamEntry;
import com.serviceportal.sla.CalendarEntry;
import com.serviceportal.sla.ServiceLevelAdminService;
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
 * Two administrators edit the same setting: the one whose page was read before the other's save is
 * refused, nothing of theirs is stored, and saving again from the entry as it now stands works.
 * Every test works on entries of its own, or puts back what it changed.
 */
@ExtendWith(ArquillianExtension.class)
public class SettingsStaleSaveIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(SettingsStaleSaveIT.class, DemoData.class);
    }

    @Inject
    private SettingsAdminService settings;

    @Inject
    private TrackingStatusService statuses;

    @Inject
    private ServiceLevelAdminService serviceLevels;

    @Inject
    private Caller caller;

    @BeforeEach
    public void signInAsAdministrator() {
        caller.signIn(DemoData.accountId(DemoData.ADMINISTRATOR));
    }

    @Test
    public void teamSavedFromAnOlderPageIsRefusedAndSavedAgain() {
        TeamEntry added = new TeamEntry();
        added.setName(unique("Night shift"));
        settings.saveTeam(added);
        TeamEntry mine = team(added.getName());
        TeamEntry theirs = team(added.getName());
        try {
            theirs.setEmail("night@desk.example");
            settings.saveTeam(theirs);

            mine.setNameSv(unique("Nattskift"));
            assertThrows(ChangedMeanwhileException.class, () -> settings.saveTeam(mine));
            TeamEntry current = team(added.getName());
            assertEquals("night@desk.example", current.getEmail());
            assertEquals(null, current.getNameSv(), "nothing of the stale save was stored");
            assertEquals(
                    List.of("settings.nameSv", "settings.teams.email"),
                    mine.differencesFrom(current).stream()
                            .map(Difference::field)
                            .toList());

            mine.rebaseOn(current);
            settings.saveTeam(mine);
            assertEquals(mine.getNameSv(), team(added.getName()).getNameSv(), "saving again keeps what was typed");
        } finally {
            settings.deleteTeam(mine.getId());
        }
    }

    @Test
    public void statusSavedFromAnOlderPageIsRefusedAndSavedAgain() {
        StatusEntry added = new StatusEntry();
        added.setName(unique("Awaiting parts"));
        statuses.save(added);
        StatusEntry mine = status(added.getName());
        StatusEntry theirs = status(added.getName());
        try {
            theirs.setAvailableToCustomers(false);
            statuses.save(theirs);

            mine.setName(unique("Parts ordered"));
            assertThrows(ChangedMeanwhileException.class, () -> statuses.save(mine));
            StatusEntry current = status(added.getName());
            assertTrue(
                    statuses.statuses().stream().noneMatch(s -> s.getName().equals(mine.getName())),
                    "the stale name was not stored");

            mine.rebaseOn(current);
            statuses.save(mine);
            StatusEntry saved = status(mine.getName());
            assertEquals(current.getId(), saved.getId());
            assertTrue(saved.isAvailableToCustomers(), "saving again stores the form as it stands");
        } finally {
            statuses.delete(mine.getId());
        }
    }

    @Test
    public void subjectAndSubtypeSavedFromAnOlderPageAreRefusedAndSavedAgain() {
        SubjectEntry added = new SubjectEntry();
        added.setName(unique("Lighting"));
        long id = settings.saveSubject(added);
        SubjectEntry newSubtype = new SubjectEntry();
        newSubtype.setSubjectId(id);
        newSubtype.setName("Flickering");
        settings.saveSubtype(newSubtype);
        try {
            SubjectEntry mine = subject(id);
            SubjectEntry theirs = subject(id);
            theirs.setSortOrder(theirs.getSortOrder() + 1);
            settings.saveSubject(theirs);
            mine.setNameSv("Belysning");
            assertThrows(ChangedMeanwhileException.class, () -> settings.saveSubject(mine));
            SubjectEntry current = subject(id);
            assertEquals(
                    List.of("settings.nameSv", "settings.order"),
                    mine.differencesFrom(current).stream()
                            .map(Difference::field)
                            .toList());
            mine.rebaseOn(current);
            settings.saveSubject(mine);
            assertEquals("Belysning", subject(id).getNameSv());

            SubjectEntry mySubtype = settings.subtypes(id).get(0);
            SubjectEntry theirSubtype = settings.subtypes(id).get(0);
            theirSubtype.setName("Flickers");
            settings.saveSubtype(theirSubtype);
            mySubtype.setNameSv("Flimrar");
            assertThrows(ChangedMeanwhileException.class, () -> settings.saveSubtype(mySubtype));
            SubjectEntry currentSubtype = settings.subtypes(id).get(0);
            assertEquals(null, currentSubtype.getNameSv());
            mySubtype.rebaseOn(currentSubtype);
            settings.saveSubtype(mySubtype);
            assertEquals("Flickering", settings.subtypes(id).get(0).getName(), "the form as it stands is saved");
        } finally {
            settings.deleteSubject(id);
        }
    }

    @Test
    public void portalSettingsSavedFromAnOlderPageAreRefusedAndSavedAgain() {
        PortalSettings before = settings.portalSettings();
        PortalSettings mine = settings.portalSettings();
        PortalSettings theirs = settings.portalSettings();
        try {
            theirs.setNewCaseAlert(unique("Out of hours call 010-123 45 67"));
            settings.savePortalSettings(theirs);

            mine.setDeskEmail("changed@desk.example");
            assertThrows(ChangedMeanwhileException.class, () -> settings.savePortalSettings(mine));
            PortalSettings current = settings.portalSettings();
            assertEquals(before.getDeskEmail(), current.getDeskEmail(), "nothing of the stale save was stored");
            assertTrue(mine.differencesFrom(current).stream()
                    .anyMatch(d -> d.field().equals("settings.portal.alert")));

            mine.rebaseOn(current);
            settings.savePortalSettings(mine);
            assertEquals("changed@desk.example", settings.portalSettings().getDeskEmail());
        } finally {
            PortalSettings back = settings.portalSettings();
            back.setDeskEmail(before.getDeskEmail());
            back.setNewCaseAlert(before.getNewCaseAlert());
            back.setFaultCodesEnabled(before.isFaultCodesEnabled());
            settings.savePortalSettings(back);
        }
    }

    @Test
    public void calendarWhoseHoursChangedMeanwhileIsRefusedAndSavedAgain() {
        CalendarEntry added = new CalendarEntry();
        added.setName(unique("Weekdays"));
        long id = serviceLevels.saveCalendar(added);
        try {
            CalendarEntry mine = serviceLevels.calendar(id);
            CalendarEntry theirs = serviceLevels.calendar(id);
            theirs.getDays().get(0).setOpens("07:00");
            serviceLevels.saveCalendar(theirs);

            mine.setTimeZone("UTC");
            assertThrows(
                    ChangedMeanwhileException.class,
                    () -> serviceLevels.saveCalendar(mine),
                    "changing the hours alone is a change of the calendar");
            CalendarEntry current = serviceLevels.calendar(id);
            assertEquals("Europe/Stockholm", current.getTimeZone(), "nothing of the stale save was stored");
            assertEquals(
                    List.of("sla.settings.timeZone", "sla.day.MONDAY"),
                    mine.differencesFrom(current).stream()
                            .map(Difference::field)
                            .toList());

            mine.rebaseOn(current);
            serviceLevels.saveCalendar(mine);
            assertEquals("UTC", serviceLevels.calendar(id).getTimeZone(), "saving again keeps what was typed");
        } finally {
            serviceLevels.deleteCalendar(id);
        }
    }

    private TeamEntry team(String name) {
        return settings.teams().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no team " + name));
    }

    private StatusEntry status(String name) {
        return statuses.statuses().stream()
                .filter(s -> s.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no status " + name));
    }

    private SubjectEntry subject(long id) {
        return settings.subjects().stream()
                .filter(s -> s.getId() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no subject " + id));
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
