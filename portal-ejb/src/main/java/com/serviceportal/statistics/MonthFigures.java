package com.serviceportal.statistics;

import com.serviceportal.cases.Severity;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * One month's figures.
 *
 * @param month the month
 * @param raised cases raised in the month, per severity
 * @param closed cases resolved in the month, per severity
 * @param responseMet cases raised in the month that were answered within their response target
 * @param responseBreached cases raised in the month answered late, or not answered and past due
 * @param resolutionMet cases raised in the month resolved within their resolution target
 * @param resolutionBreached cases raised in the month resolved late, or not resolved and past due
 * @param averageMinutesToResolve the average time from raising to resolving of the cases closed in
 *     the month, in minutes; {@code null} when none closed
 * @param ordersReported work orders reported in the month (cancelled ones are not counted)
 * @param orderValue the value of their lines (quantity times price, each line to the cent)
 */
public record MonthFigures(
        YearMonth month,
        Map<Severity, Long> raised,
        Map<Severity, Long> closed,
        long responseMet,
        long responseBreached,
        long resolutionMet,
        long resolutionBreached,
        Long averageMinutesToResolve,
        long ordersReported,
        BigDecimal orderValue)
        implements Serializable {

    public MonthFigures {
        raised = Map.copyOf(raised);
        closed = Map.copyOf(closed);
    }

    public long raised(Severity severity) {
        return raised.getOrDefault(severity, 0L);
    }

    public long closed(Severity severity) {
        return closed.getOrDefault(severity, 0L);
    }

    public long raisedTotal() {
        return raised.values().stream().mapToLong(Long::longValue).sum();
    }

    public long closedTotal() {
        return closed.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The share of judged cases that met the response target, in whole percent; {@code null} when none was judged. */
    public Integer responseMetPercent() {
        return percent(responseMet, responseBreached);
    }

    /** The share of judged cases that met the resolution target, in whole percent; {@code null} when none was judged. */
    public Integer resolutionMetPercent() {
        return percent(resolutionMet, resolutionBreached);
    }

    /** The average time to resolve in hours, to one decimal; {@code null} when none closed. */
    public BigDecimal averageHoursToResolve() {
        return averageMinutesToResolve == null
                ? null
                : BigDecimal.valueOf(averageMinutesToResolve)
                        .divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP);
    }

    private static Integer percent(long met, long breached) {
        long judged = met + breached;
        return judged == 0 ? null : (int) Math.round(met * 100.0 / judged);
    }
}
