package com.serviceportal.calendar;

import com.serviceportal.contracts.Contract;
import com.serviceportal.contracts.ContractState;
import com.serviceportal.contracts.ContractType;
import com.serviceportal.contracts.ContractVisibility;
import com.serviceportal.security.ScopeCondition;
import jakarta.enterprise.context.Dependent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Contract dates: the day a contract starts, the day it ends, and for "support hours by month" the
 * rollover days within its term, when the month's hours are restored (the month's last day when it
 * is shorter, as the nightly reset counts). Cancelled contracts are left out.
 */
@Dependent
public class ContractDates implements CalendarSource {

    private static final int LIMIT = 500;

    @Override
    public List<CalendarKind> kinds() {
        return List.of(CalendarKind.CONTRACT, CalendarKind.ROLLOVER);
    }

    @Override
    public List<CalendarEntry> entries(CalendarRequest request) {
        CalendarPeriod period = request.period();
        // what the Contracts page shows: a site's contact sees its company's contracts on the whole company too
        ScopeCondition visible = ContractVisibility.of(request.em(), request.scope(), "k");
        String jpql = "SELECT k FROM Contract k WHERE " + visible.text()
                + " AND k.state <> :cancelled"
                + " AND ((k.startDate >= :from AND k.startDate < :until)"
                + " OR (k.endDate >= :from AND k.endDate < :until)"
                + " OR (k.type = :monthly AND k.rolloverDay IS NOT NULL"
                + " AND (k.startDate IS NULL OR k.startDate < :until) AND (k.endDate IS NULL OR k.endDate >= :from)))"
                + " ORDER BY k.reference";
        List<Contract> contracts = visible.bind(request.em().createQuery(jpql, Contract.class))
                .setParameter("cancelled", ContractState.CANCELLED)
                .setParameter("from", period.from())
                .setParameter("until", period.until())
                .setParameter("monthly", ContractType.SUPPORT_HOURS_BY_MONTH)
                .setMaxResults(LIMIT)
                .getResultList();
        String page = request.scope().isStaff() ? "/desk/contracts/detail.xhtml?id=" : "/portal/contracts/list.xhtml";
        List<CalendarEntry> entries = new ArrayList<>();
        for (Contract contract : contracts) {
            String path = request.scope().isStaff() ? page + contract.getId() : page;
            String reference = contract.getReference();
            if (contract.getStartDate() != null && period.contains(contract.getStartDate())) {
                entries.add(CalendarEntry.onDay(
                        "contract-start-" + contract.getId(),
                        CalendarKind.CONTRACT,
                        request.texts().text("contractStarts", reference),
                        contract.getStartDate(),
                        path));
            }
            if (contract.getEndDate() != null && period.contains(contract.getEndDate())) {
                entries.add(CalendarEntry.onDay(
                        "contract-end-" + contract.getId(),
                        CalendarKind.CONTRACT,
                        request.texts().text("contractEnds", reference),
                        contract.getEndDate(),
                        path));
            }
            for (LocalDate day : rolloverDays(contract, period)) {
                entries.add(CalendarEntry.onDay(
                        "rollover-" + contract.getId() + "-" + day,
                        CalendarKind.ROLLOVER,
                        request.texts().text("hoursRestored", reference),
                        day,
                        path));
            }
        }
        return entries;
    }

    /** The rollover days of a running or coming "by month" contract that fall in the period and its term. */
    static List<LocalDate> rolloverDays(Contract contract, CalendarPeriod period) {
        if (contract.getType() != ContractType.SUPPORT_HOURS_BY_MONTH
                || contract.getRolloverDay() == null
                || !(contract.getState() == ContractState.ACTIVE || contract.getState() == ContractState.PENDING)) {
            return List.of();
        }
        List<LocalDate> days = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.from());
                !month.atDay(1).isAfter(period.until());
                month = month.plusMonths(1)) {
            LocalDate day = month.atDay(Math.min(contract.getRolloverDay(), month.lengthOfMonth()));
            boolean inTerm = (contract.getStartDate() == null || day.isAfter(contract.getStartDate()))
                    && (contract.getEndDate() == null || !day.isAfter(contract.getEndDate()));
            if (period.contains(day) && inTerm) {
                days.add(day);
            }
        }
        return days;
    }
}
