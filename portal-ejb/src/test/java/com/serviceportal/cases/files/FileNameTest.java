package com.serviceportal.cases.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNameTest {

    @Test
    void keepsOnlyTheLastSegmentOfAnyPath() {
        assertEquals("passwd", FileName.of("../../etc/passwd"));
        assertEquals("y.txt", FileName.of("C:\\x\\y.txt"));
        assertEquals("report.pdf", FileName.of("/home/anna/report.pdf"));
        assertEquals("report.pdf", FileName.of("report.pdf"));
    }

    @Test
    void dropsControlAndDirectionCharacters() {
        assertEquals("report.pdf", FileName.of("re\u0000port\r\n.pdf"));
        assertEquals("invoicefdp.exe", FileName.of("invoice\u202Efdp.exe"));
    }

    @Test
    void replacesCharactersNoDesktopAllows() {
        assertEquals("a_b_c_.txt", FileName.of("a<b>c?.txt"));
    }

    @Test
    void isNeverEmptyNorADirectoryName() {
        assertEquals(FileName.FALLBACK, FileName.of(null));
        assertEquals(FileName.FALLBACK, FileName.of(""));
        assertEquals(FileName.FALLBACK, FileName.of("   "));
        assertEquals(FileName.FALLBACK, FileName.of(".."));
        assertEquals(FileName.FALLBACK, FileName.of("photos/"));
        assertEquals(FileName.FALLBACK, FileName.of("\u0007"));
    }

    @Test
    void aLongNameIsCutButKeepsItsExtension() {
        String name = FileName.of("x".repeat(400) + ".pdf");
        assertEquals(FileName.MAX_LENGTH, name.length());
        assertTrue(name.endsWith("x.pdf"), name);
    }

    @Test
    void keepsLettersOfEveryLanguage() {
        assertEquals("Kylrum Göteborg – mätvärden.xlsx", FileName.of("Kylrum Göteborg – mätvärden.xlsx"));
    }
}
