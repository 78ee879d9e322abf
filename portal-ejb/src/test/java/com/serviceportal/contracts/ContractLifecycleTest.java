package com.serviceportal.contracts;

import static com.serviceportal.contracts.ContractState.ACTIVE;
import static com.serviceportal.contracts.ContractState.CANCELLED;
import static com.serviceportal.contracts.ContractState.EXPIRED;
import static com.serviceportal.contracts.ContractState.PENDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aContractStartingInTheFutureIsPendingUntilItsStartDate() {
        LocalDate start = TODAY.plusDays(7);
        assertEquals(PENDING, ContractLifecycle.stateOn(TODAY, start, start.plusYears(1), false));
        assertEquals(PENDING, ContractLifecycle.stateOn(start.minusDays(1), start, null, false));
        assertEquals(ACTIVE, ContractLifecycle.stateOn(start, start, null, false), "active on its start date");
    }

    @Test
    void anUnpaidInvoiceKeepsAContractPendingPastItsStartDate() {
        assertEquals(PENDING, ContractLifecycle.stateOn(TODAY, TODAY.minusMonths(1), TODAY.plusMonths(11), true));
        assertEquals(ACTIVE, ContractLifecycle.stateOn(TODAY, TODAY.minusMonths(1), TODAY.plusMonths(11), false));
    }

    @Test
    void theEndDateIsTheLastCoveredDay() {
        LocalDate end = TODAY;
        assertEquals(ACTIVE, ContractLifecycle.stateOn(TODAY, TODAY.minusYears(1), end, false));
        assertEquals(EXPIRED, ContractLifecycle.stateOn(TODAY.plusDays(1), TODAY.minusYears(1), end, false));
        assertEquals(
                EXPIRED,
                ContractLifecycle.stateOn(TODAY.plusDays(1), TODAY.minusYears(1), end, true),
                "an unpaid contract whose time is over has expired, not waiting");
    }

    @Test
    void aBankOfHoursWithoutEndDateNeverExpiresByDate() {
        assertEquals(ACTIVE, ContractLifecycle.stateOn(TODAY.plusYears(30), TODAY, null, false));
    }

    @Test
    void onlyPendingAndActiveContractsCanBeEditedOrCancelled() {
        for (ContractState state : ContractState.values()) {
            boolean open = state == PENDING || state == ACTIVE;
            assertEquals(open, ContractLifecycle.canEdit(state), state + " editable");
            assertEquals(open, ContractLifecycle.canCancel(state), state + " cancellable");
        }
    }

    @Test
    void onlyAPendingContractCanBeEnabledEarly() {
        assertTrue(ContractLifecycle.canEnableEarly(PENDING));
        assertFalse(ContractLifecycle.canEnableEarly(ACTIVE));
        assertFalse(ContractLifecycle.canEnableEarly(EXPIRED));
        assertFalse(ContractLifecycle.canEnableEarly(CANCELLED));
    }

    @Test
    void cancelledAndExpiredAreFinal() {
        for (ContractState to : ContractState.values()) {
            assertFalse(ContractLifecycle.allows(CANCELLED, to), "cancelled to " + to);
            assertFalse(ContractLifecycle.allows(EXPIRED, to), "expired to " + to);
        }
        assertTrue(ContractLifecycle.allows(PENDING, ACTIVE));
        assertTrue(ContractLifecycle.allows(PENDING, CANCELLED));
        assertTrue(ContractLifecycle.allows(ACTIVE, EXPIRED));
        assertTrue(ContractLifecycle.allows(ACTIVE, CANCELLED));
        assertFalse(ContractLifecycle.allows(PENDING, PENDING));
    }

    @Test
    void eachTypeAsksForItsOwnFields() {
        assertTrue(ContractType.SUBSCRIPTION.isEndDateRequired());
        assertFalse(ContractType.SUBSCRIPTION.isHoursLimited());
        assertTrue(ContractType.TIME_LIMITED_SUBSCRIPTION.isEndDateRequired());
        assertTrue(ContractType.TIME_LIMITED_SUBSCRIPTION.isIncludedHours());
        assertFalse(ContractType.SUPPORT_HOURS.isEndDateRequired());
        assertTrue(ContractType.SUPPORT_HOURS.isIncludedHours());
        assertTrue(ContractType.SUPPORT_HOURS_BY_MONTH.isMonthlyHours());
        assertFalse(ContractType.SUPPORT_HOURS_BY_MONTH.isIncludedHours());
    }
}
