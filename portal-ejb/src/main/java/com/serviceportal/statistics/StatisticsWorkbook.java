package com.serviceportal.statistics;

import com.serviceportal.cases.Severity;
import com.serviceportal.customers.SpreadsheetText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes statistics as an Excel workbook: one sheet of monthly figures, one of contract hours and
 * one of top equipment, numbers as numbers and text neutralised ({@link SpreadsheetText}), as the
 * contact export does.
 */
final class StatisticsWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The message keys whose texts head the sheets and columns; the caller passes their translations. */
    static final List<String> TEXT_KEYS = List.of(
            "statistics.sheet.months",
            "statistics.sheet.hours",
            "statistics.sheet.equipment",
            "statistics.month",
            "statistics.raised",
            "statistics.closed",
            "statistics.responseMet",
            "statistics.responseBreached",
            "statistics.responseMetPercent",
            "statistics.resolutionMet",
            "statistics.resolutionBreached",
            "statistics.resolutionMetPercent",
            "statistics.averageHours",
            "statistics.ordersReported",
            "statistics.orderValue",
            "statistics.contract",
            "statistics.usedHours",
            "statistics.contractHours",
            "statistics.equipment",
            "statistics.equipmentDescription",
            "statistics.cases",
            "severity.CRITICAL",
            "severity.HIGH",
            "severity.MEDIUM",
            "severity.LOW",
            "severity.NOT_APPLICABLE");

    private StatisticsWorkbook() {}

    static byte[] write(Statistics statistics, Map<String, String> texts) {
        // in memory: a period holds at most sixty months, a few hundred rows in all
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            months(workbook.createSheet(sheetName(texts, "statistics.sheet.months")), statistics, texts);
            hours(workbook.createSheet(sheetName(texts, "statistics.sheet.hours")), statistics, texts);
            equipment(workbook.createSheet(sheetName(texts, "statistics.sheet.equipment")), statistics, texts);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void months(Sheet sheet, Statistics statistics, Map<String, String> texts) {
        List<Object> headers = new ArrayList<>();
        headers.add(text(texts, "statistics.month"));
        for (Severity severity : Severity.values()) {
            headers.add(text(texts, "statistics.raised") + ": " + text(texts, "severity." + severity.name()));
        }
        for (Severity severity : Severity.values()) {
            headers.add(text(texts, "statistics.closed") + ": " + text(texts, "severity." + severity.name()));
        }
        for (String key : List.of(
                "statistics.responseMet",
                "statistics.responseBreached",
                "statistics.responseMetPercent",
                "statistics.resolutionMet",
                "statistics.resolutionBreached",
                "statistics.resolutionMetPercent",
                "statistics.averageHours",
                "statistics.ordersReported",
                "statistics.orderValue")) {
            headers.add(text(texts, key));
        }
        put(sheet.createRow(0), headers);
        int r = 1;
        for (MonthFigures month : statistics.months()) {
            List<Object> cells = new ArrayList<>();
            cells.add(month.month().toString());
            for (Severity severity : Severity.values()) {
                cells.add(month.raised(severity));
            }
            for (Severity severity : Severity.values()) {
                cells.add(month.closed(severity));
            }
            cells.add(month.responseMet());
            cells.add(month.responseBreached());
            cells.add(month.responseMetPercent());
            cells.add(month.resolutionMet());
            cells.add(month.resolutionBreached());
            cells.add(month.resolutionMetPercent());
            cells.add(month.averageHoursToResolve());
            cells.add(month.ordersReported());
            cells.add(month.orderValue());
            put(sheet.createRow(r++), cells);
        }
    }

    private static void hours(Sheet sheet, Statistics statistics, Map<String, String> texts) {
        table(
                sheet,
                headings(
                        texts,
                        "statistics.contract",
                        "statistics.month",
                        "statistics.usedHours",
                        "statistics.contractHours"),
                statistics.hours().stream()
                        .map(h -> cells(h.contract(), h.month().toString(), h.usedHours(), h.contractHours()))
                        .toList());
    }

    private static void equipment(Sheet sheet, Statistics statistics, Map<String, String> texts) {
        table(
                sheet,
                headings(texts, "statistics.equipment", "statistics.equipmentDescription", "statistics.cases"),
                statistics.topEquipment().stream()
                        .map(e -> cells(e.idNumber(), e.description(), e.cases()))
                        .toList());
    }

    private static List<Object> headings(Map<String, String> texts, String... keys) {
        return Arrays.stream(keys).map(key -> (Object) text(texts, key)).toList();
    }

    /** A row of cells, some of which may be empty ({@code null}). */
    private static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }

    private static void table(Sheet sheet, List<Object> headings, List<List<Object>> rows) {
        put(sheet.createRow(0), headings);
        for (int r = 0; r < rows.size(); r++) {
            put(sheet.createRow(r + 1), rows.get(r));
        }
    }

    private static void put(Row row, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number instanceof BigDecimal d ? d.doubleValue() : number.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(SpreadsheetText.neutralised(value.toString()));
            }
        }
    }

    private static String text(Map<String, String> texts, String key) {
        return texts.getOrDefault(key, key);
    }

    /** Excel refuses sheet names over 31 characters or with {@code : \ / ? * [ ]}. */
    private static String sheetName(Map<String, String> texts, String key) {
        String name = text(texts, key).replaceAll("[:\\\\/?*\\[\\]]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
