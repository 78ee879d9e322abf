package com.serviceportal.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.sla.BusinessClock.Hours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessClockTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** The demo's Swedish office: Monday to Thursday 08-17, Friday 08-16, Christmas off. */
    private static final BusinessClock OFFICE = new BusinessClock(
            STOCKHOLM,
            officeWeek(LocalTime.of(8, 0), LocalTime.of(17, 0), LocalTime.of(16, 0)),
            Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26)));

    private static final BusinessClock ALL_DAY_STOCKHOLM = aroundTheClock(STOCKHOLM);

    @Test
    void weekendIsSkipped() {
        // Friday 15:00 leaves one hour before the office closes at 16:00; the next hour is Monday's.
        Instant due = OFFICE.plusMinutes(local(2026, 11, 20, 15, 0, STOCKHOLM), 120);
        assertEquals(local(2026, 11, 23, 9, 0, STOCKHOLM), due);
        assertEquals(120, OFFICE.minutesBetween(local(2026, 11, 20, 15, 0, STOCKHOLM), due));
    }

    @Test
    void holidaysAreSkipped() {
        // Wednesday 23 December 16:00: one hour that day, then Christmas and the weekend.
        Instant due = OFFICE.plusMinutes(local(2026, 12, 23, 16, 0, STOCKHOLM), 120);
        assertEquals(local(2026, 12, 28, 9, 0, STOCKHOLM), due);
        assertEquals(
                0, OFFICE.minutesBetween(local(2026, 12, 24, 8, 0, STOCKHOLM), local(2026, 12, 27, 23, 0, STOCKHOLM)));
    }

    @Test
    void startOutsideHoursCountsFromTheNextOpening() {
        assertEquals(
                local(2026, 11, 23, 8, 30, STOCKHOLM), OFFICE.plusMinutes(local(2026, 11, 23, 6, 30, STOCKHOLM), 30));
        assertEquals(
                local(2026, 11, 24, 8, 30, STOCKHOLM), OFFICE.plusMinutes(local(2026, 11, 23, 19, 0, STOCKHOLM), 30));
        assertEquals(
                local(2026, 11, 23, 9, 0, STOCKHOLM), OFFICE.plusMinutes(local(2026, 11, 21, 12, 0, STOCKHOLM), 60));
        assertEquals(
                0, OFFICE.minutesBetween(local(2026, 11, 21, 12, 0, STOCKHOLM), local(2026, 11, 23, 8, 0, STOCKHOLM)));
        assertFalse(OFFICE.isWorking(local(2026, 11, 21, 12, 0, STOCKHOLM)));
        assertTrue(OFFICE.isWorking(local(2026, 11, 23, 8, 0, STOCKHOLM)));
    }

    @Test
    void aTargetEndingAtClosingTimeIsDueAtClosingTime() {
        Instant due = OFFICE.plusMinutes(local(2026, 11, 23, 8, 0, STOCKHOLM), 9 * 60);
        assertEquals(local(2026, 11, 23, 17, 0, STOCKHOLM), due);
        // The next minute is Tuesday's first.
        assertEquals(local(2026, 11, 24, 8, 1, STOCKHOLM), OFFICE.plusMinutes(due, 1));
    }

    @Test
    void springDaylightSavingChangeKeepsLocalOfficeHours() {
        // Sweden moves to summer time in the night to Sunday 29 March 2026.
        Instant friday = local(2026, 3, 27, 15, 0, STOCKHOLM);
        Instant due = OFFICE.plusMinutes(friday, 120);
        assertEquals(local(2026, 3, 30, 9, 0, STOCKHOLM), due);
        assertEquals(Instant.parse("2026-03-30T07:00:00Z"), due);
        // Around the clock, that Sunday has 23 hours.
        Instant sunday = local(2026, 3, 29, 0, 0, STOCKHOLM);
        Instant monday = local(2026, 3, 30, 0, 0, STOCKHOLM);
        assertEquals(23 * 60, ALL_DAY_STOCKHOLM.minutesBetween(sunday, monday));
        assertEquals(local(2026, 3, 30, 1, 0, STOCKHOLM), ALL_DAY_STOCKHOLM.plusMinutes(sunday, 24 * 60));
    }

    @Test
    void autumnDaylightSavingChangeKeepsLocalOfficeHours() {
        // Back to standard time in the night to Sunday 25 October 2026.
        Instant due = OFFICE.plusMinutes(local(2026, 10, 23, 15, 0, STOCKHOLM), 120);
        assertEquals(local(2026, 10, 26, 9, 0, STOCKHOLM), due);
        assertEquals(Instant.parse("2026-10-26T08:00:00Z"), due);
        // Around the clock, that Sunday has 25 hours.
        Instant sunday = local(2026, 10, 25, 0, 0, STOCKHOLM);
        assertEquals(25 * 60, ALL_DAY_STOCKHOLM.minutesBetween(sunday, local(2026, 10, 26, 0, 0, STOCKHOLM)));
        assertEquals(local(2026, 10, 25, 23, 0, STOCKHOLM), ALL_DAY_STOCKHOLM.plusMinutes(sunday, 24 * 60));
    }

    @Test
    void theSameInstantInTwoZonesFollowsEachOfficesLocalHours() {
        BusinessClock newYork = new BusinessClock(
                NEW_YORK, officeWeek(LocalTime.of(9, 0), LocalTime.of(17, 0), LocalTime.of(17, 0)), Set.of());
        BusinessClock stockholm = new BusinessClock(
                STOCKHOLM, officeWeek(LocalTime.of(9, 0), LocalTime.of(17, 0), LocalTime.of(17, 0)), Set.of());
        Instant raised = Instant.parse("2026-11-23T14:00:00Z"); // 15:00 in Stockholm, 09:00 in New York

        Instant dueInStockholm = stockholm.plusMinutes(raised, 180);
        Instant dueInNewYork = newYork.plusMinutes(raised, 180);

        assertEquals(local(2026, 11, 24, 10, 0, STOCKHOLM), dueInStockholm);
        assertEquals(Instant.parse("2026-11-24T09:00:00Z"), dueInStockholm);
        assertEquals(local(2026, 11, 23, 12, 0, NEW_YORK), dueInNewYork);
        assertEquals(Instant.parse("2026-11-23T17:00:00Z"), dueInNewYork);
        assertNotEquals(dueInStockholm, dueInNewYork);
        assertEquals(180, stockholm.minutesBetween(raised, dueInStockholm));
        assertEquals(180, newYork.minutesBetween(raised, dueInNewYork));
    }

    @Test
    void aDayOpenUntilTheLastSecondCountsWhole() {
        BusinessClock utc = aroundTheClock(ZoneId.of("UTC"));
        Instant monday = Instant.parse("2026-11-23T00:00:00Z");
        assertEquals(Instant.parse("2026-11-24T00:00:00Z"), utc.plusMinutes(monday, 1440));
        assertEquals(7 * 1440, utc.minutesBetween(monday, Instant.parse("2026-11-30T00:00:00Z")));
    }

    @Test
    void addingInStepsEqualsAddingAtOnce() {
        Instant start = local(2026, 12, 22, 16, 30, STOCKHOLM);
        Instant once = OFFICE.plusMinutes(start, 600);
        Instant inSteps = OFFICE.plusMinutes(OFFICE.plusMinutes(start, 250), 350);
        assertEquals(once, inSteps);
        assertEquals(600, OFFICE.minutesBetween(start, once));
        assertEquals(-600, OFFICE.minutesBetween(once, start));
        assertEquals(Duration.ofMinutes(600), OFFICE.between(start, once));
    }

    @Test
    void aCalendarWithoutWorkingDaysHasNoDueTime() {
        BusinessClock closed = new BusinessClock(STOCKHOLM, Map.of(), Set.of());
        assertThrows(IllegalStateException.class, () -> closed.plusMinutes(Instant.parse("2026-11-23T10:00:00Z"), 1));
        assertThrows(IllegalArgumentException.class, () -> new Hours(LocalTime.of(17, 0), LocalTime.of(8, 0)));
    }

    private static Map<DayOfWeek, Hours> officeWeek(LocalTime opens, LocalTime closes, LocalTime fridayCloses) {
        Map<DayOfWeek, Hours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day :
                new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY}) {
            week.put(day, new Hours(opens, closes));
        }
        week.put(DayOfWeek.FRIDAY, new Hours(opens, fridayCloses));
        return week;
    }

    private static BusinessClock aroundTheClock(ZoneId zone) {
        Map<DayOfWeek, Hours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, new Hours(LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59)));
        }
        return new BusinessClock(zone, week, Set.of());
    }

    private static Instant local(int year, int month, int day, int hour, int minute, ZoneId zone) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(zone).toInstant();
    }
}
