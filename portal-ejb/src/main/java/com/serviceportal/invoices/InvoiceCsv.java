package com.serviceportal.invoices;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an invoice file: a header line naming the columns {@code invoice number, account number,
 * date, amount, due date, paid} (in any order, any case), then one invoice a line. Dates are
 * {@code YYYY-MM-DD}, amounts use a decimal point, paid is yes/no (or true/false, 1/0). Semicolons
 * separate the columns when the header has no comma, as spreadsheets in Sweden write them.
 * Every problem of every line is collected; the caller imports only a file without any.
 */
public final class InvoiceCsv {

    static final String NUMBER = "invoice number";
    static final String ACCOUNT = "account number";
    static final String DATE = "date";
    static final String AMOUNT = "amount";
    static final String DUE = "due date";
    static final String PAID = "paid";

    private static final List<String> COLUMNS = List.of(NUMBER, ACCOUNT, DATE, AMOUNT, DUE, PAID);

    /** One line that read well, with its line number for later checks against the database. */
    public record Line(long line, NewInvoice invoice) {}

    /** The lines that read well and the problems of the others. */
    public record Result(List<Line> lines, List<ImportProblem> problems) {}

    private InvoiceCsv() {}

    public static Result read(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (content.isBlank()) {
            return new Result(List.of(), List.of(ImportProblem.of(1, "invoices.import.empty")));
        }
        String header = content.lines().findFirst().orElse("");
        char delimiter = header.contains(",") || !header.contains(";") ? ',' : ';';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true)
                .get();
        List<Line> lines = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        try (Reader reader = new StringReader(content);
                CSVParser parser = format.parse(reader)) {
            Map<String, Integer> columns = columns(parser.getHeaderMap());
            List<String> missing =
                    COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(ImportProblem.of(1, "invoices.import.missingColumns", String.join(", ", missing)));
                return new Result(List.of(), problems);
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                int before = problems.size();
                NewInvoice invoice = new NewInvoice();
                invoice.setNumber(required(record, columns, NUMBER, line, problems));
                invoice.setAccountNumber(required(record, columns, ACCOUNT, line, problems));
                invoice.setInvoiceDate(date(record, columns, DATE, line, problems));
                invoice.setAmount(amount(record, columns, line, problems));
                invoice.setDueDate(date(record, columns, DUE, line, problems));
                invoice.setPaid(paid(record, columns, line, problems));
                if (problems.size() == before) {
                    lines.add(new Line(line, invoice));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            problems.add(ImportProblem.of(1, "invoices.import.unreadable"));
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.of(1, "invoices.import.empty"));
        }
        return new Result(lines, problems);
    }

    private static Map<String, Integer> columns(Map<String, Integer> header) {
        Map<String, Integer> columns = new HashMap<>();
        header.forEach((name, index) -> {
            if (name != null) {
                columns.put(name.strip().toLowerCase(Locale.ROOT).replace('_', ' '), index);
            }
        });
        return columns;
    }

    private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
        int index = columns.get(column);
        return index < record.size() ? record.get(index).strip() : "";
    }

    private static String required(
            CSVRecord record, Map<String, Integer> columns, String column, long line, List<ImportProblem> problems) {
        String value = value(record, columns, column);
        if (value.isEmpty()) {
            problems.add(ImportProblem.of(line, "invoices.import.missingValue", column));
            return null;
        }
        if (value.length() > (column.equals(NUMBER) ? 40 : 32)) {
            problems.add(ImportProblem.of(line, "invoices.import.tooLong", column, value));
            return null;
        }
        return value;
    }

    private static LocalDate date(
            CSVRecord record, Map<String, Integer> columns, String column, long line, List<ImportProblem> problems) {
        String value = value(record, columns, column);
        if (value.isEmpty()) {
            problems.add(ImportProblem.of(line, "invoices.import.missingValue", column));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(ImportProblem.of(line, "invoices.import.badDate", column, value));
            return null;
        }
    }

    private static BigDecimal amount(
            CSVRecord record, Map<String, Integer> columns, long line, List<ImportProblem> problems) {
        String value = value(record, columns, AMOUNT);
        if (value.isEmpty()) {
            problems.add(ImportProblem.of(line, "invoices.import.missingValue", AMOUNT));
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.replace(" ", ""));
            if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
                problems.add(ImportProblem.of(line, "invoices.import.badAmount", value));
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            problems.add(ImportProblem.of(line, "invoices.import.badAmount", value));
            return null;
        }
    }

    private static boolean paid(
            CSVRecord record, Map<String, Integer> columns, long line, List<ImportProblem> problems) {
        String value = value(record, columns, PAID).toLowerCase(Locale.ROOT);
        switch (value) {
            case "yes", "true", "1", "ja", "y", "j" -> {
                return true;
            }
            case "no", "false", "0", "nej", "n", "" -> {
                return false;
            }
            default -> {
                problems.add(ImportProblem.of(line, "invoices.import.badPaid", value));
                return false;
            }
        }
    }
}
