package com.serviceportal.contracts;

import java.time.LocalDate;

/**
 * The contract state machine, without a database: which state a contract's dates and invoice give
 * it, and which desk actions each state allows. Cancelled is final and never follows from dates.
 */
public final class ContractLifecycle {

    private ContractLifecycle() {}

    /**
     * The state on a day: pending while the start lies ahead or an invoice is unpaid, expired once
     * the end date (the last covered day) has passed, active in between.
     */
    public static ContractState stateOn(LocalDate today, LocalDate start, LocalDate end, boolean awaitingInvoice) {
        if (end != null && end.isBefore(today)) {
            return ContractState.EXPIRED;
        }
        if (awaitingInvoice || start.isAfter(today)) {
            return ContractState.PENDING;
        }
        return ContractState.ACTIVE;
    }

    /** Dates, hours and level may change while the contract is pending or active. */
    public static boolean canEdit(ContractState state) {
        return state == ContractState.PENDING || state == ContractState.ACTIVE;
    }

    public static boolean canCancel(ContractState state) {
        return state == ContractState.PENDING || state == ContractState.ACTIVE;
    }

    /** Only a pending contract can be enabled before its start date (or before its invoice is paid). */
    public static boolean canEnableEarly(ContractState state) {
        return state == ContractState.PENDING;
    }

    /** Whether the desk may move a contract from one state to another, by an action or by the calendar. */
    public static boolean allows(ContractState from, ContractState to) {
        return switch (from) {
            case PENDING -> to == ContractState.ACTIVE || to == ContractState.EXPIRED || to == ContractState.CANCELLED;
            case ACTIVE -> to == ContractState.EXPIRED || to == ContractState.CANCELLED || to == ContractState.PENDING;
            case EXPIRED, CANCELLED -> false;
        };
    }
}
