package com.serviceportal.web;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} header that makes a browser save a file under its own name
 * (RFC 6266): a plain ASCII {@code filename} for old clients and the exact name, percent-encoded
 * as UTF-8, in {@code filename*}. Nothing of the name can end the header or add a parameter.
 */
public final class ContentDisposition {

    private static final String HEX = "0123456789ABCDEF";

    private ContentDisposition() {}

    public static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encoded(fileName);
    }

    private static String asciiFallback(String name) {
        StringBuilder ascii = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            boolean plain = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%';
            ascii.append(plain ? c : '_');
        }
        return ascii.toString();
    }

    /** RFC 8187 ext-value: attr-chars as they are, every other UTF-8 byte as %XX. */
    private static String encoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isAttrChar(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return encoded.toString();
    }

    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
