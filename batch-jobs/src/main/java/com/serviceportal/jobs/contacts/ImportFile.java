package com.serviceportal.jobs.contacts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of an uploaded contact file. The encoding is detected: a byte order mark means UTF-8,
 * bytes that are valid UTF-8 are UTF-8, anything else is Windows-1252 (what Excel writes on a Western
 * European Windows). The separator is {@code ;} (Excel with Swedish settings) when the first line has
 * more of them than commas, else {@code ,}. Quoted fields may hold separators and line breaks; blank
 * lines are skipped.
 */
public final class ImportFile {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

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
        String text = decode(content);
        char separator = separatorOf(text);
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

    /** The file's text, with the encoding detected as the class describes and without a byte order mark. */
    public static String decode(byte[] content) {
        if (content.length >= BOM.length && Arrays.equals(Arrays.copyOf(content, BOM.length), BOM)) {
            return new String(content, BOM.length, content.length - BOM.length, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1252);
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

    static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
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
