package com.serviceportal.jobs.contacts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A field a column of an import file can fill, in the order of the template, with its longest value
 * (from {@link ContactFieldRules}, as the contact form and the columns have it) and the headers it is recognised by (compared without case, blanks and punctuation).
 */
public enum ContactField {
    TITLE("Title", ContactFieldRules.TITLE),
    FIRST_NAME("First Name", ContactFieldRules.FIRST_NAME, "firstname", "givenname", "fornamn"),
    LAST_NAME("Last Name", ContactFieldRules.LAST_NAME, "lastname", "surname", "familyname", "efternamn"),
    EMAIL("Email Address", ContactFieldRules.EMAIL, "email", "emailaddress", "mail", "epost"),
    COMPANY("Company", ContactFieldRules.CUSTOMER_NAME, "company", "customer", "foretag"),
    DEPARTMENT("Department", ContactFieldRules.CUSTOMER_NAME, "department", "site", "avdelning"),
    PRIMARY_CONTACT("Primary Company Contact", 1, "primarycontact", "primarycompanycontact", "companycontact"),
    ADDRESS_1("Address 1", ContactFieldRules.ADDRESS_LINE, "address1", "address", "adress"),
    ADDRESS_2("Address 2", ContactFieldRules.ADDRESS_LINE, "address2"),
    CITY("City", ContactFieldRules.CITY, "city", "ort"),
    STATE("State", ContactFieldRules.STATE_REGION, "state", "region"),
    POSTCODE("Postcode", ContactFieldRules.POSTCODE, "postcode", "zip", "postcodezip", "zipcode", "postnummer"),
    COUNTRY("Country", ContactFieldRules.COUNTRY_WRITTEN, "country", "land"),
    PHONE("Phone", ContactFieldRules.PHONE, "phone", "telephone", "telefon"),
    MOBILE("Mobile", ContactFieldRules.PHONE, "mobile", "mobil"),
    USERNAME("Username", ContactFieldRules.USERNAME, "username", "login", "anvandarnamn"),
    CUSTOM_1("Custom1", ContactFieldRules.CUSTOM_FIELD_VALUE),
    CUSTOM_2("Custom2", ContactFieldRules.CUSTOM_FIELD_VALUE),
    CUSTOM_3("Custom3", ContactFieldRules.CUSTOM_FIELD_VALUE),
    CUSTOM_4("Custom4", ContactFieldRules.CUSTOM_FIELD_VALUE),
    CUSTOM_5("Custom5", ContactFieldRules.CUSTOM_FIELD_VALUE),
    NOTES("Notes", ContactFieldRules.NOTES, "notes", "anteckningar"),
    LOCALE("Locale", ContactFieldRules.LOCALE_WRITTEN, "locale", "language", "emaillocale", "sprak"),
    LINE_MANAGER("Line Manager Username", ContactFieldRules.USERNAME, "linemanagerusername", "linemanager", "chef");

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
