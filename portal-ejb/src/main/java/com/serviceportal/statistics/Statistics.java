package com.serviceportal.statistics;

import java.io.Serializable;
import java.util.List;

/**
 * The figures of one period, every month of it listed even when nothing happened.
 *
 * @param request what was counted
 * @param months one entry per month, oldest first
 * @param hours time recorded per contract and month
 * @param topEquipment the equipment with the most cases, most first
 */
public record Statistics(
        StatisticsRequest request,
        List<MonthFigures> months,
        List<ContractHours> hours,
        List<EquipmentCases> topEquipment)
        implements Serializable {

    public Statistics {
        months = List.copyOf(months);
        hours = List.copyOf(hours);
        topEquipment = List.copyOf(topEquipment);
    }
}
