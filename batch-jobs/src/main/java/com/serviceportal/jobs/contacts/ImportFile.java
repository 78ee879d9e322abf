package com.serviceportal.jobs.contacts;

import com.serviceportal.jobs.csv.CsvText;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of an uploaded contact file, its encoding and separator read by {@link CsvText}.
 * Quoted fields may hold separators and line breaks; blank lines are skipped.
 */
public final class ImportFile {

    private final List<Record> records;

    private ImportFile(List<Record> records) {
        this.records = records;
    }

    /** A record: its line in the file (the first line of a record over several lines) and its values. */
    public record Record(int line, List<String> values) {}

    public static ImportFile parse(byte[] content) {
        List<Record> records = new ArrayList<>();
        read(content, records::add);
        return new ImportFile(records);
    }

    /** Hands each record of the file to the consumer in turn, keeping none of them. */
    public static void read(byte[] content, java.util.function.Consumer<Record> consumer) {
        String text = CsvText.decode(content);
        char separator = CsvText.separatorOf(text);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int line = 1;
            int counted = 0;
            for (CSVRecord record : parser) {
                int position = (int) record.getCharacterPosition();
                // Blank lines skipped before the record count as lines of the file.
                while (position < text.length() && (text.charAt(position) == '\r' || text.charAt(position) == '\n')) {
                    position++;
                }
                for (int i = counted; i < position; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                }
                counted = position;
                List<String> values = record.toList();
                if (values.stream().anyMatch(value -> !value.isBlank())) {
                    consumer.accept(new Record(line, values));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // An unclosed quote: the file is cut off or not CSV.
            throw new UnreadableFileException(e);
        }
    }

    /** The file as stored: gzip-compressed, a tenth of its size, so the database moves little. */
    public static byte[] packed(byte[] content) {
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream(content.length / 8 + 64);
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(packed)) {
            zip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packed.toByteArray();
    }

    /** The file as uploaded, from its stored form. */
    public static byte[] unpacked(byte[] stored) {
        try (java.util.zip.GZIPInputStream zip =
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(stored))) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Record> records() {
        return records;
    }

    /** The values of the first record: the headers, when the file has a header line. */
    public List<String> firstValues() {
        return records.isEmpty() ? List.of() : records.get(0).values();
    }

    /** The file is not CSV, or is cut off inside a quoted field. */
    public static class UnreadableFileException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnreadableFileException(Throwable cause) {
            super(cause);
        }
    }
}
