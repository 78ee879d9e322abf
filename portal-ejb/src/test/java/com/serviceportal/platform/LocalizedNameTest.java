package com.serviceportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedNameTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Test
    void aSwedishReaderReadsTheSwedishNameAndEveryOtherReaderTheEnglishOne() {
        LocalizedName name = new LocalizedName("In progress", "Pågår");

        assertEquals("Pågår", name.in(SWEDISH));
        assertEquals("Pågår", name.in(Locale.forLanguageTag("sv-FI")));
        assertEquals("In progress", name.in(Locale.ENGLISH));
        assertEquals("In progress", name.in(Locale.GERMAN));
        assertEquals("In progress", name.in(null));
    }

    @Test
    void aSwedishReaderReadsEnglishWhereTheSwedishNameIsEmpty() {
        assertEquals("Software", new LocalizedName("Software", null).in(SWEDISH));
        assertEquals("Software", new LocalizedName("Software", "  ").in(SWEDISH));
    }

    @Test
    void aBlankSwedishNameIsStoredAsNone() {
        assertNull(LocalizedName.swedishOrNull("   "));
        assertNull(LocalizedName.swedishOrNull(null));
        assertEquals("Kyla", LocalizedName.swedishOrNull(" Kyla "));
    }
}
