package com.serviceportal.customers;

/**
 * Text as it may go into a cell of an exported spreadsheet. A value that starts with {@code = + - @},
 * a tab or a carriage return could be run as a formula when the file is opened (CSV injection), so it
 * is written with a leading apostrophe: the reader sees the text, the spreadsheet never calculates it.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    public static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
