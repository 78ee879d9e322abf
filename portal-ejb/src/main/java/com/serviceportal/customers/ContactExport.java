package com.serviceportal.customers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes contact rows as an Excel workbook or a CSV file, every value as text and neutralised
 * ({@link SpreadsheetText}), so that nothing a contact typed runs as a formula.
 */
public final class ContactExport {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private ContactExport() {}

    static byte[] write(ExportFormat format, List<String> headers, List<ContactRow> rows) {
        List<List<String>> cells = rows.stream().map(ContactExport::cells).toList();
        return format == ExportFormat.EXCEL ? excel("Contacts", headers, cells) : csv(headers, cells);
    }

    /**
     * An Excel workbook of one sheet for another list of a contact (such as its items): the header
     * row and the rows, every value neutralised as the contact list's are.
     */
    public static byte[] workbook(String sheetName, List<String> headers, List<List<String>> rows) {
        return excel(
                sheetName,
                headers,
                rows.stream()
                        .map(row ->
                                row.stream().map(SpreadsheetText::neutralised).toList())
                        .toList());
    }

    private static List<String> cells(ContactRow row) {
        List<String> cells = new ArrayList<>();
        cells.add(row.name());
        cells.add(row.email());
        cells.add(row.username());
        cells.add(row.webAccess() ? "1" : "0");
        cells.add(row.customer());
        cells.add(row.company());
        cells.add(row.phone());
        cells.add(row.mobile());
        cells.add(row.city());
        cells.add(Countries.nameOf(row.countryCode(), Locale.ENGLISH));
        cells.add(time(row.createdAt()));
        cells.add(time(row.lastLoginAt()));
        return cells.stream().map(SpreadsheetText::neutralised).toList();
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    private static byte[] excel(String sheetName, List<String> headers, List<List<String>> cells) {
        // in memory: an export is capped (ContactService.EXPORT_LIMIT rows, a contact's items), and no temporary
        // file is left behind
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            put(
                    sheet.createRow(0),
                    headers.stream().map(SpreadsheetText::neutralised).toList());
            for (int i = 0; i < cells.size(); i++) {
                put(sheet.createRow(i + 1), cells.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    private static byte[] csv(List<String> headers, List<List<String>> cells) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // a byte-order mark, so that Excel reads the file as UTF-8
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        try (CSVPrinter printer =
                new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            printer.printRecord(
                    headers.stream().map(SpreadsheetText::neutralised).toList());
            for (List<String> row : cells) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
