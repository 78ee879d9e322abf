package com.serviceportal.jobs.contacts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules one row must meet on its own: first and last name, e-mail and company present (the
 * username defaults to the e-mail address), every value within its length in {@link ContactFieldRules}, an e-mail
 * address of the form name@domain.tld, a known country, a language the portal writes (English or
 * Swedish) and 0 or 1 for "primary company contact".
 */
public final class RowRules {

    private static final List<ContactField> REQUIRED =
            List.of(ContactField.FIRST_NAME, ContactField.LAST_NAME, ContactField.EMAIL, ContactField.COMPANY);
    private static final Set<String> LANGUAGES = Set.of("en", "sv");
    private static final Set<String> PRIMARY_VALUES = Set.of("0", "1");
    private static final Map<String, String> COUNTRIES = countries();

    private RowRules() {}

    /** Adds the row's own problems to it and returns it. */
    public static ContactRow check(ContactRow row) {
        for (ContactField field : REQUIRED) {
            if (row.value(field) == null) {
                row.reject(new Problem(Problem.REQUIRED, field));
            }
        }
        for (ContactField field : ContactField.values()) {
            String value = row.value(field);
            if (value != null && value.length() > field.maxLength() && field != ContactField.PRIMARY_CONTACT) {
                row.reject(new Problem(Problem.TOO_LONG, field, Integer.toString(field.maxLength())));
            }
        }
        String username = row.username();
        if (row.value(ContactField.USERNAME) == null
                && username != null
                && username.length() > ContactField.USERNAME.maxLength()) {
            row.reject(
                    new Problem(Problem.TOO_LONG, ContactField.USERNAME, Integer.toString(ContactFieldRules.USERNAME)));
        }
        String email = row.value(ContactField.EMAIL);
        if (email != null && !ContactFieldRules.isEmailAddress(email)) {
            row.reject(new Problem(Problem.EMAIL, ContactField.EMAIL, email));
        }
        String country = row.value(ContactField.COUNTRY);
        if (country != null && countryCode(country).isEmpty()) {
            row.reject(new Problem(Problem.COUNTRY, ContactField.COUNTRY, country));
        }
        String locale = row.value(ContactField.LOCALE);
        if (locale != null && language(locale) == null) {
            row.reject(new Problem(Problem.LOCALE, ContactField.LOCALE, locale));
        }
        String primary = row.value(ContactField.PRIMARY_CONTACT);
        if (primary != null && !PRIMARY_VALUES.contains(primary)) {
            row.reject(new Problem(Problem.PRIMARY_CONTACT, ContactField.PRIMARY_CONTACT, primary));
        }
        return row;
    }

    /**
     * The country a person wrote: its ISO code ("SE") or its name in English or Swedish ("Sweden",
     * "Sverige"), case ignored; the same reading as the contact form's country list.
     */
    public static Optional<String> countryCode(String written) {
        return Optional.ofNullable(COUNTRIES.get(written.strip().toLowerCase(Locale.ROOT)));
    }

    /** The mail language of a written locale ("sv", "sv_SE", "en-GB"); "en" for none, {@code null} if unknown. */
    public static String language(String locale) {
        if (locale == null) {
            return "en";
        }
        String language = locale.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(language) ? language : null;
    }

    public static boolean isPrimaryContact(ContactRow row) {
        return "1".equals(row.value(ContactField.PRIMARY_CONTACT));
    }

    private static Map<String, String> countries() {
        Map<String, String> byName = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            byName.put(code.toLowerCase(Locale.ROOT), code);
            byName.putIfAbsent(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
            byName.putIfAbsent(country.getDisplayCountry(new Locale("sv")).toLowerCase(Locale.ROOT), code);
        }
        return Map.copyOf(byName);
    }
}
