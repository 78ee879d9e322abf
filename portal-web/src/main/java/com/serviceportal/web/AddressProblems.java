package com.serviceportal.web;

import java.util.Map;

/**
 * Where each problem of an address stands in the address fields ({@code <sp:addressFields>}), so a
 * form with an address shows it beside the field it concerns.
 */
public final class AddressProblems {

    /** A problem's message key → the id of its field in the address fields. */
    public static final Map<String, String> FIELDS = Map.of(
            "address.error.tooLong.line1", "address1",
            "address.error.tooLong.line2", "address2",
            "address.error.tooLong.postcode", "postcode",
            "address.error.tooLong.city", "city",
            "address.error.tooLong.stateRegion", "state",
            "address.error.country", "country");

    private AddressProblems() {}
}
