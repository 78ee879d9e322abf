package com.serviceportal.jobs.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RolloverDateTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void onTheRolloverDayItIsToday() {
        assertEquals(date("2026-11-15"), RolloverDate.latestOnOrBefore(15, date("2026-11-15")));
    }

    @Test
    void beforeTheRolloverDayItIsLastMonths() {
        assertEquals(date("2026-10-15"), RolloverDate.latestOnOrBefore(15, date("2026-11-14")));
        assertEquals(date("2025-12-20"), RolloverDate.latestOnOrBefore(20, date("2026-01-05")));
    }

    @Test
    void theThirtyFirstFallsOnTheLastDayOfShorterMonths() {
        assertEquals(date("2026-02-28"), RolloverDate.latestOnOrBefore(31, date("2026-02-28")));
        assertEquals(date("2026-04-30"), RolloverDate.latestOnOrBefore(31, date("2026-04-30")));
        assertEquals(date("2026-02-28"), RolloverDate.latestOnOrBefore(31, date("2026-03-30")));
        assertEquals(date("2026-03-31"), RolloverDate.latestOnOrBefore(31, date("2026-03-31")));
        assertEquals(date("2026-02-28"), RolloverDate.latestOnOrBefore(30, date("2026-03-01")));
    }

    @Test
    void aLeapYearsFebruaryHasItsTwentyNinth() {
        assertEquals(date("2028-02-29"), RolloverDate.latestOnOrBefore(31, date("2028-02-29")));
        assertEquals(date("2028-02-29"), RolloverDate.latestOnOrBefore(29, date("2028-03-28")));
        assertEquals(date("2028-02-28"), RolloverDate.latestOnOrBefore(28, date("2028-02-29")));
        assertEquals(date("2027-02-28"), RolloverDate.latestOnOrBefore(29, date("2027-03-01")));
    }

    @Test
    void aResetIsDueOnceAfterTheRolloverDay() {
        assertTrue(RolloverDate.isDue(1, date("2026-10-01"), date("2026-11-01")));
        assertFalse(RolloverDate.isDue(1, date("2026-11-01"), date("2026-11-01")), "a second run the same day");
        assertFalse(RolloverDate.isDue(1, date("2026-11-01"), date("2026-11-30")));
    }

    @Test
    void missedNightsAreCaughtUpWithTheLatestRolloverDate() {
        assertTrue(RolloverDate.isDue(10, date("2026-09-10"), date("2026-11-12")));
        assertEquals(date("2026-11-10"), RolloverDate.latestOnOrBefore(10, date("2026-11-12")));
        assertTrue(RolloverDate.isDue(31, date("2026-01-31"), date("2026-03-02")), "February's last day was missed");
        assertEquals(date("2026-02-28"), RolloverDate.latestOnOrBefore(31, date("2026-03-02")));
    }

    @Test
    void aPeriodThatNeverBeganIsDue() {
        assertTrue(RolloverDate.isDue(5, null, date("2026-11-23")));
    }

    @Test
    void onlyDaysOfAMonthAreRolloverDays() {
        assertThrows(IllegalArgumentException.class, () -> RolloverDate.latestOnOrBefore(0, date("2026-11-23")));
        assertThrows(IllegalArgumentException.class, () -> RolloverDate.latestOnOrBefore(32, date("2026-11-23")));
    }
}
