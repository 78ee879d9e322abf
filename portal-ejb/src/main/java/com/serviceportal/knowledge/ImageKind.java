package com.serviceportal.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of image an article may hold, recognised by their first bytes (their "magic"), never by
 * the file's name or the type the browser claims: a script renamed to {@code .png} is no image.
 */
enum ImageKind {
    PNG("image/png"),
    JPEG("image/jpeg"),
    GIF("image/gif"),
    WEBP("image/webp");

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final String contentType;

    ImageKind(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    /** The kind the bytes begin like, if any. */
    static Optional<ImageKind> of(byte[] content) {
        if (startsWith(content, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, ascii("GIF87a")) || startsWith(content, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(content, 0, ascii("RIFF")) && startsWith(content, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] magic) {
        return content.length >= offset + magic.length
                && Arrays.equals(content, offset, offset + magic.length, magic, 0, magic.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
