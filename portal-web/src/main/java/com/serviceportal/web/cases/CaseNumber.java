package com.serviceportal.web.cases;

import com.serviceportal.platform.NotFoundException;

/** The case number from a page's address. */
public final class CaseNumber {

    private CaseNumber() {}

    /** A number that is not a number is a case that does not exist. */
    public static long parse(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
