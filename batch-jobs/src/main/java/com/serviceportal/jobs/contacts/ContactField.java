package com.serviceportal.jobs.contacts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A field a column of an import file can fill, in the order of the template, with its longest value
 * and the headers it is recognised by (compared without case, blanks and punctuation).
 */
public enum ContactField {
    TITLE("Title", 128),
    FIRST_NAME("First Name", 64, "firstname", "givenname", "fornamn"),
    LAST_NAME("Last Name", 64, "lastname", "surname", "familyname", "efternamn"),
    EMAIL("Email Address", 64, "email", "emailaddress", "mail", "epost"),
    COMPANY("Company", 64, "company", "customer", "foretag"),
    DEPARTMENT("Department", 64, "department", "site", "avdelning"),
    PRIMARY_CONTACT("Primary Company Contact", 1, "primarycontact", "primarycompanycontact", "companycontact"),
    ADDRESS_1("Address 1", 128, "address1", "address", "adress"),
    ADDRESS_2("Address 2", 128, "address2"),
    CITY("City", 64, "city", "ort"),
    STATE("State", 32, "state", "region"),
    POSTCODE("Postcode", 20, "postcode", "zip", "postcodezip", "zipcode", "postnummer"),
    COUNTRY("Country", 64, "country", "land"),
    PHONE("Phone", 20, "phone", "telephone", "telefon"),
    MOBILE("Mobile", 20, "mobile", "mobil"),
    USERNAME("Username", 64, "username", "login", "anvandarnamn"),
    CUSTOM_1("Custom1", 256),
    CUSTOM_2("Custom2", 256),
    CUSTOM_3("Custom3", 256),
    CUSTOM_4("Custom4", 256),
    CUSTOM_5("Custom5", 256),
    NOTES("Notes", 4000, "notes", "anteckningar"),
    LOCALE("Locale", 5, "locale", "language", "emaillocale", "sprak"),
    LINE_MANAGER("Line Manager Username", 64, "linemanagerusername", "linemanager", "chef");

    private final String header;
    private final int maxLength;
    private final List<String> names;

    ContactField(String header, int maxLength, String... names) {
        this.header = header;
        this.maxLength = maxLength;
        this.names = Stream.concat(Stream.of(normalised(header)), Stream.of(names))
                .distinct()
                .toList();
    }

    /** The column's header in the template. */
    public String header() {
        return header;
    }

    public int maxLength() {
        return maxLength;
    }

    /** 0 to 4 for the custom columns, -1 for the others. */
    public int customIndex() {
        return ordinal() >= CUSTOM_1.ordinal() && ordinal() <= CUSTOM_5.ordinal() ? ordinal() - CUSTOM_1.ordinal() : -1;
    }

    /** The field a header names, if any. */
    public static Optional<ContactField> byHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String name = normalised(header);
        return Stream.of(values()).filter(field -> field.names.contains(name)).findFirst();
    }

    /** The field of a stored name; {@code null} for none or an unknown name. */
    public static ContactField byName(String name) {
        return Stream.of(values())
                .filter(field -> field.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static String normalised(String header) {
        String plain = java.text.Normalizer.normalize(header, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        // "Postcode/ Zip (char 20)" as the seed's template writes it is still "postcodezip".
        return plain.replaceAll("\\(.*\\)", "").replaceAll("[^a-z0-9]", "");
    }
}
