package com.serviceportal.jobs.faultcodes;

import com.serviceportal.jobs.csv.CsvText;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A fault-code import file read and checked: a CSV with the columns "Stock code" and "Friendly name"
 * and, optionally, "Swedish name" (in any order, header names matched without regard to case, spaces or underscores), separated by
 * commas or, as Excel writes it in many locales, semicolons; UTF-8 with or without a byte-order mark,
 * or Windows-1252. Every problem is reported with its line, so one check lists them all.
 */
public final class FaultCodeFile {

    public static final String STOCK_CODE = "Stock code";
    public static final String FRIENDLY_NAME = "Friendly name";
    /** Optional: a file without it leaves the Swedish names stored as they are. */
    public static final String SWEDISH_NAME = "Swedish name";

    public static final int STOCK_CODE_MAX = 40;
    public static final int FRIENDLY_NAME_MAX = 120;

    private final List<FaultCodeRow> rows;
    private final List<FaultCodeProblem> problems;

    private FaultCodeFile(List<FaultCodeRow> rows, List<FaultCodeProblem> problems) {
        this.rows = List.copyOf(rows);
        this.problems = List.copyOf(problems);
    }

    /** The rows to import, in file order; complete only when there are no problems. */
    public List<FaultCodeRow> rows() {
        return rows;
    }

    public List<FaultCodeProblem> problems() {
        return problems;
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    public static FaultCodeFile read(byte[] content) {
        List<FaultCodeRow> rows = new ArrayList<>();
        List<FaultCodeProblem> problems = new ArrayList<>();
        String text = CsvText.decode(content);
        if (text.isBlank()) {
            problems.add(new FaultCodeProblem(1, "faultCodes.problem.empty"));
            return new FaultCodeFile(rows, problems);
        }
        char delimiter = CsvText.separatorOf(text);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (Reader reader = new StringReader(text);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(format).get()) {
            int stockColumn = -1;
            int nameColumn = -1;
            int swedishColumn = -1;
            int columns = 0;
            boolean header = true;
            Map<String, Long> seen = new HashMap<>();
            long lineBefore = 0;
            for (CSVRecord record : parser) {
                long line = lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    columns = record.size();
                    for (int i = 0; i < record.size(); i++) {
                        String name = normalised(record.get(i));
                        if (name.equals("stockcode")) {
                            if (stockColumn >= 0) {
                                problems.add(new FaultCodeProblem(
                                        line, "faultCodes.problem.duplicateColumn", record.get(i)));
                            }
                            stockColumn = i;
                        } else if (name.equals("friendlyname")) {
                            if (nameColumn >= 0) {
                                problems.add(new FaultCodeProblem(
                                        line, "faultCodes.problem.duplicateColumn", record.get(i)));
                            }
                            nameColumn = i;
                        } else if (name.equals("swedishname")) {
                            if (swedishColumn >= 0) {
                                problems.add(new FaultCodeProblem(
                                        line, "faultCodes.problem.duplicateColumn", record.get(i)));
                            }
                            swedishColumn = i;
                        } else {
                            problems.add(new FaultCodeProblem(line, "faultCodes.problem.unknownColumn", record.get(i)));
                        }
                    }
                    if (stockColumn < 0) {
                        problems.add(new FaultCodeProblem(line, "faultCodes.problem.missingColumn", STOCK_CODE));
                    }
                    if (nameColumn < 0) {
                        problems.add(new FaultCodeProblem(line, "faultCodes.problem.missingColumn", FRIENDLY_NAME));
                    }
                    if (stockColumn < 0 || nameColumn < 0) {
                        return new FaultCodeFile(List.of(), problems);
                    }
                    continue;
                }
                if (record.size() != columns) {
                    problems.add(new FaultCodeProblem(line, "faultCodes.problem.columnCount", record.size(), columns));
                }
                String stockCode = value(record, stockColumn);
                String friendlyName = value(record, nameColumn);
                String swedishName = swedishColumn < 0 ? null : value(record, swedishColumn);
                boolean good = true;
                if (stockCode.isEmpty()) {
                    problems.add(new FaultCodeProblem(line, "faultCodes.problem.missingStockCode"));
                    good = false;
                } else if (stockCode.length() > STOCK_CODE_MAX) {
                    problems.add(new FaultCodeProblem(
                            line, "faultCodes.problem.stockCodeTooLong", stockCode.length(), STOCK_CODE_MAX));
                    good = false;
                }
                if (friendlyName.isEmpty()) {
                    problems.add(new FaultCodeProblem(line, "faultCodes.problem.missingFriendlyName"));
                    good = false;
                } else if (friendlyName.length() > FRIENDLY_NAME_MAX) {
                    problems.add(new FaultCodeProblem(
                            line, "faultCodes.problem.friendlyNameTooLong", friendlyName.length(), FRIENDLY_NAME_MAX));
                    good = false;
                }
                if (swedishName != null && swedishName.length() > FRIENDLY_NAME_MAX) {
                    problems.add(new FaultCodeProblem(
                            line, "faultCodes.problem.swedishNameTooLong", swedishName.length(), FRIENDLY_NAME_MAX));
                    good = false;
                }
                if (!stockCode.isEmpty()) {
                    // stock codes are compared as the ERP (and SQL Server's default collation) does: without case
                    Long first = seen.putIfAbsent(stockCode.toUpperCase(Locale.ROOT), line);
                    if (first != null) {
                        problems.add(new FaultCodeProblem(line, "faultCodes.problem.duplicate", stockCode, first));
                        good = false;
                    }
                }
                if (good) {
                    rows.add(new FaultCodeRow(line, stockCode, friendlyName, swedishName));
                }
            }
            if (header) {
                problems.add(new FaultCodeProblem(1, "faultCodes.problem.empty"));
            } else if (rows.isEmpty() && problems.isEmpty()) {
                problems.add(new FaultCodeProblem(2, "faultCodes.problem.noRows"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(new FaultCodeProblem(0, "faultCodes.problem.notCsv"));
        }
        return new FaultCodeFile(rows, problems);
    }

    private static String normalised(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static String value(CSVRecord record, int column) {
        return column < record.size() && record.get(column) != null
                ? record.get(column).strip()
                : "";
    }
}
