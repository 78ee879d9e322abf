package com.serviceportal.customers;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The known countries: ISO 3166 alpha-2 codes with their names as the JDK knows them, so the list
 * needs no table of its own and is named in the reader's language.
 */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {}

    /** Every country as code and name in the given language, sorted by name. */
    public static List<Country> all(Locale language) {
        return CODES.stream()
                .map(code -> new Country(code, nameOf(code, language)))
                .sorted(Comparator.comparing(Country::name))
                .toList();
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    /** The country's name in the given language; {@code null} for no code. */
    public static String nameOf(String code, Locale language) {
        return code == null ? null : new Locale("", code).getDisplayCountry(language);
    }

    /**
     * The country a person wrote: its code ("SE") or its name in English or Swedish ("Sweden",
     * "Sverige"), case and surrounding blanks ignored.
     */
    public static Optional<String> find(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        var text = written.strip();
        if (isKnown(text.toUpperCase(Locale.ROOT))) {
            return Optional.of(text.toUpperCase(Locale.ROOT));
        }
        return CODES.stream()
                .filter(code -> Stream.of(Locale.ENGLISH, new Locale("sv"))
                        .anyMatch(language -> nameOf(code, language).equalsIgnoreCase(text)))
                .findFirst();
    }

    public record Country(String code, String name) {}
}
