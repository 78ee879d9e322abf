package com.serviceportal.customers;

import java.io.Serializable;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A site's postal address as the portal shows it on one line.
 *
 * @param line1 street and number
 * @param line2 further detail (building, gate)
 * @param postcode the postcode
 * @param city the town
 * @param countryCode ISO 3166 alpha-2
 */
public record SiteAddress(String line1, String line2, String postcode, String city, String countryCode)
        implements Serializable {

    static SiteAddress of(Customer customer) {
        Address address = customer.getAddress();
        return new SiteAddress(
                address.getLine1(),
                address.getLine2(),
                address.getPostcode(),
                address.getCity(),
                address.getCountryCode());
    }

    /** "Hamnvägen 12, Gate B, 417 64 Göteborg, Sweden"; empty when no address is known. */
    public String oneLine(Locale locale) {
        String town = Stream.of(postcode, city).filter(SiteAddress::present).collect(Collectors.joining(" "));
        String country = present(countryCode) ? new Locale("", countryCode).getDisplayCountry(locale) : null;
        return Stream.of(line1, line2, town, country)
                .filter(SiteAddress::present)
                .collect(Collectors.joining(", "));
    }

    private static boolean present(String part) {
        return part != null && !part.isBlank();
    }
}
