package com.serviceportal.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HoursTest {

    @Test
    void timeIsShownInHoursAndMinutes() {
        assertEquals("0 min", Hours.format(0));
        assertEquals("45 min", Hours.format(45));
        assertEquals("1 h", Hours.format(60));
        assertEquals("12 h 30 min", Hours.format(750));
        assertEquals("40 h", Hours.format(2400));
        assertEquals("-1 h 5 min", Hours.format(-65));
    }

    @Test
    void leftIsTheAllowanceLessWhatWasUsed() {
        Hours hours = new Hours(600, 150);
        assertTrue(hours.isLimited());
        assertEquals(450, hours.leftMinutes());
        assertEquals("2 h 30 min", hours.getUsed());
        assertEquals("7 h 30 min", hours.getLeft());
        assertEquals("10 h", hours.getAllowance());
        assertFalse(hours.isOverdrawn());
        assertEquals("", hours.getOver());
    }

    @Test
    void drawingPastTheAllowanceLeavesNothingAndShowsTheExcess() {
        Hours hours = new Hours(600, 570);
        assertFalse(hours.wouldOverdraw(30), "exactly using up the hours is not over-drawing");
        assertTrue(hours.wouldOverdraw(31));
        Hours after = hours.plus(90);
        assertEquals(0, after.leftMinutes());
        assertEquals("0 min", after.getLeft());
        assertTrue(after.isOverdrawn());
        assertEquals(60, after.overMinutes());
        assertEquals("1 h", after.getOver());
    }

    @Test
    void aSubscriptionHasNoAllowanceButCountsTheTimeUsed() {
        Hours hours = new Hours(null, 95);
        assertFalse(hours.isLimited());
        assertFalse(hours.wouldOverdraw(100_000));
        assertFalse(hours.isOverdrawn());
        assertEquals("1 h 35 min", hours.getUsed());
        assertEquals("", hours.getLeft());
    }

    @Test
    void hoursAndMinutesFromAFormBecomeMinutes() {
        assertEquals(90, Hours.minutesOf(1, 30));
        assertEquals(15, Hours.minutesOf(null, 15));
        assertEquals(120, Hours.minutesOf(2, null));
        assertEquals(0, Hours.minutesOf(null, null));
    }
}
