package com.serviceportal.web.portal.statistics;

import com.serviceportal.cases.Severity;
import com.serviceportal.statistics.ContractHours;
import com.serviceportal.statistics.EquipmentCases;
import com.serviceportal.statistics.MonthFigures;
import com.serviceportal.statistics.Statistics;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The Chart.js configurations of the statistics page, for PrimeFaces' {@code p:chart}: computed once
 * from the figures, in the reader's language. Every chart has a table of the same figures beside it,
 * so the charts draw only; they hold no animation (nothing moves for readers who asked for calm).
 *
 * @param raised cases raised per month, stacked by severity
 * @param closed cases closed per month, stacked by severity
 * @param serviceLevels the share of response and resolution targets met per month
 * @param timeToResolve the average hours to resolve per month
 * @param orders work orders reported and their value per month
 * @param hours hours used per contract and month
 * @param equipment the equipment with the most cases
 */
public record StatisticsCharts(
        String raised,
        String closed,
        String serviceLevels,
        String timeToResolve,
        String orders,
        String hours,
        String equipment)
        implements Serializable {

    /** Colours with at least 3:1 contrast against the white page (WCAG 1.4.11). */
    private static final String[] SEVERITY_COLOURS = {"#b42318", "#c65d00", "#8a6100", "#1d6fa3", "#5f6b7a"};

    private static final String FIRST = "#1d6fa3";
    private static final String SECOND = "#b42318";

    public static StatisticsCharts of(Statistics statistics, Function<String, String> text, Locale reader) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yy", reader);
        List<String> months =
                statistics.months().stream().map(m -> m.month().format(format)).toList();
        return new StatisticsCharts(
                bySeverity(statistics, months, text, MonthFigures::raised),
                bySeverity(statistics, months, text, MonthFigures::closed),
                serviceLevels(statistics, months, text),
                timeToResolve(statistics, months, text),
                orders(statistics, months, text),
                hours(statistics, text, format),
                equipment(statistics, text));
    }

    private interface SeverityCount {
        long count(MonthFigures month, Severity severity);
    }

    private static String bySeverity(
            Statistics statistics, List<String> months, Function<String, String> text, SeverityCount count) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Severity severity : Severity.values()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            statistics.months().forEach(m -> data.add(count.count(m, severity)));
            datasets.add(Json.createObjectBuilder()
                    .add("label", text.apply("severity." + severity.name()))
                    .add("data", data)
                    .add("backgroundColor", SEVERITY_COLOURS[severity.ordinal()]));
        }
        return chart("bar", months, datasets, scales(true, null, null));
    }

    private static String serviceLevels(Statistics statistics, List<String> months, Function<String, String> text) {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(line(
                        text.apply("statistics.responseMetPercent"),
                        statistics,
                        MonthFigures::responseMetPercent,
                        FIRST))
                .add(line(
                        text.apply("statistics.resolutionMetPercent"),
                        statistics,
                        MonthFigures::resolutionMetPercent,
                        SECOND));
        return chart("line", months, datasets, scales(false, 0, 100));
    }

    private static JsonObjectBuilder line(
            String label, Statistics statistics, Function<MonthFigures, Integer> value, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (MonthFigures month : statistics.months()) {
            Integer v = value.apply(month);
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        }
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("spanGaps", true);
    }

    private static String timeToResolve(Statistics statistics, List<String> months, Function<String, String> text) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (MonthFigures month : statistics.months()) {
            BigDecimal hours = month.averageHoursToResolve();
            if (hours == null) {
                data.addNull();
            } else {
                data.add(hours);
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", text.apply("statistics.averageHours"))
                        .add("data", data)
                        .add("backgroundColor", FIRST));
        return chart("bar", months, datasets, scales(false, 0, null));
    }

    private static String orders(Statistics statistics, List<String> months, Function<String, String> text) {
        JsonArrayBuilder count = Json.createArrayBuilder();
        JsonArrayBuilder value = Json.createArrayBuilder();
        for (MonthFigures month : statistics.months()) {
            count.add(month.ordersReported());
            value.add(month.orderValue());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("type", "bar")
                        .add("label", text.apply("statistics.ordersReported"))
                        .add("data", count)
                        .add("backgroundColor", FIRST)
                        .add("yAxisID", "y"))
                .add(Json.createObjectBuilder()
                        .add("type", "line")
                        .add("label", text.apply("statistics.orderValue"))
                        .add("data", value)
                        .add("borderColor", SECOND)
                        .add("backgroundColor", SECOND)
                        .add("yAxisID", "value"));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add(
                        "y",
                        Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("position", "left")
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))
                .add(
                        "value",
                        Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("position", "right")
                                .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
        return chart("bar", months, datasets, scales);
    }

    private static String hours(Statistics statistics, Function<String, String> text, DateTimeFormatter format) {
        List<YearMonth> periodMonths =
                statistics.months().stream().map(MonthFigures::month).toList();
        Map<String, Map<YearMonth, BigDecimal>> used = new LinkedHashMap<>();
        for (ContractHours row : statistics.hours()) {
            used.computeIfAbsent(row.contract(), c -> new LinkedHashMap<>()).put(row.month(), row.usedHours());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, Map<YearMonth, BigDecimal>> contract : used.entrySet()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            periodMonths.forEach(m -> data.add(contract.getValue().getOrDefault(m, BigDecimal.ZERO)));
            String colour = SEVERITY_COLOURS[(i++ + 3) % SEVERITY_COLOURS.length];
            datasets.add(Json.createObjectBuilder()
                    .add("label", contract.getKey())
                    .add("data", data)
                    .add("backgroundColor", colour));
        }
        List<String> labels = periodMonths.stream().map(m -> m.format(format)).toList();
        return chart("bar", labels, datasets, scales(false, 0, null));
    }

    private static String equipment(Statistics statistics, Function<String, String> text) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        statistics.topEquipment().stream().mapToLong(EquipmentCases::cases).forEach(data::add);
        List<String> labels =
                statistics.topEquipment().stream().map(EquipmentCases::idNumber).toList();
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", text.apply("statistics.cases"))
                        .add("data", data)
                        .add("backgroundColor", FIRST));
        return withIndexAxis(labels, datasets);
    }

    /** A horizontal bar chart: long equipment names read along the bars, also on a phone. */
    private static String withIndexAxis(List<String> labels, JsonArrayBuilder datasets) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add(
                        "options",
                        options(Json.createObjectBuilder()
                                        .add(
                                                "x",
                                                Json.createObjectBuilder()
                                                        .add("beginAtZero", true)
                                                        .add(
                                                                "ticks",
                                                                Json.createObjectBuilder()
                                                                        .add("precision", 0))))
                                .add("indexAxis", "y"))
                .build()
                .toString();
    }

    private static String chart(String type, List<String> labels, JsonArrayBuilder datasets, JsonObjectBuilder scales) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", options(scales))
                .build()
                .toString();
    }

    private static JsonObjectBuilder options(JsonObjectBuilder scales) {
        return Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add(
                                        "legend",
                                        Json.createObjectBuilder()
                                                .add("position", "bottom")
                                                .add(
                                                        "labels",
                                                        Json.createObjectBuilder()
                                                                .add("boxWidth", 12))))
                .add("scales", scales);
    }

    private static JsonObjectBuilder scales(boolean stacked, Integer min, Integer max) {
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
        if (min != null) {
            y.add("min", min);
        }
        if (max != null) {
            y.add("max", max);
        }
        JsonObjectBuilder x = Json.createObjectBuilder();
        if (stacked) {
            // stacked charts count cases: no axis step between two whole cases
            x.add("stacked", true);
            y.add("stacked", true).add("ticks", Json.createObjectBuilder().add("precision", 0));
        }
        return Json.createObjectBuilder().add("x", x).add("y", y);
    }
}
