package com.serviceportal.jobs.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded CSV file. The encoding is detected: a byte order mark means UTF-8, bytes
 * that are valid UTF-8 are UTF-8, anything else is Windows-1252 (what Excel writes on a Western
 * European Windows). The separator is {@code ;} (Excel with Swedish settings) when the first line has
 * more of them than commas, else {@code ,}.
 */
public final class CsvText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvText() {}

    /** The file's text in its detected encoding, without a byte order mark. */
    public static String decode(byte[] content) {
        int start = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1252);
        }
    }

    /** The separator the file's first line uses. */
    public static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
