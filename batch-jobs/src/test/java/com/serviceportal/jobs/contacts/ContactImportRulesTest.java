package com.serviceportal.jobs.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.jobs.csv.CsvText;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactImportRulesTest {

    private static final String HEADER = "First Name,Last Name,Email Address,Company,Username,Country,Locale,"
            + "Primary Company Contact,Postcode,Line Manager Username\r\n";

    @Test
    void utf8WithAndWithoutBomAndWindows1252AreReadAlike() {
        String text = "Åsa;Öberg;Göteborg\r\n";
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] windows = text.getBytes(Charset.forName("windows-1252"));
        for (byte[] content : List.of(bom, utf8, windows)) {
            assertEquals(
                    List.of("Åsa", "Öberg", "Göteborg"),
                    ImportFile.parse(content).firstValues());
        }
    }

    @Test
    void theStoredFileUnpacksToTheUploadedBytes() {
        byte[] content = "Åsa;Öberg\r\n".repeat(1000).getBytes(Charset.forName("windows-1252"));
        byte[] stored = ImportFile.packed(content);
        assertTrue(stored.length < content.length / 10, "stored compressed");
        org.junit.jupiter.api.Assertions.assertArrayEquals(content, ImportFile.unpacked(stored));
    }

    @Test
    void quotedValuesKeepSeparatorsAndLineBreaksAndLinesAreCountedInTheFile() {
        String text = "First Name,Notes\r\n\"Anna\",\"one, two\r\nthree\"\r\n\r\nBo,plain\r\n";
        ImportFile file = ImportFile.parse(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(3, file.records().size());
        assertEquals(List.of("Anna", "one, two\r\nthree"), file.records().get(1).values());
        assertEquals(2, file.records().get(1).line());
        assertEquals(5, file.records().get(2).line(), "the record after a two-line value and a blank line");
    }

    @Test
    void anUnclosedQuoteIsAnUnreadableFile() {
        assertThrows(
                ImportFile.UnreadableFileException.class,
                () -> ImportFile.parse("a,\"b\r\nc,d".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void headersAreMatchedWhateverTheirCaseSpacesAndTypeNotes() {
        ColumnMap map = ColumnMap.byHeaders(
                List.of("FIRST NAME", "Last Name(char 64)", "E-mail", "Postcode/ Zip (char 20)", "Shoe size"));
        assertEquals(
                java.util.Arrays.asList(
                        ContactField.FIRST_NAME,
                        ContactField.LAST_NAME,
                        ContactField.EMAIL,
                        ContactField.POSTCODE,
                        null),
                map.fields());
        assertEquals(map.fields(), ColumnMap.parse(map.stored()).fields());
    }

    @Test
    void aGoodRowHasNoProblemsAndTheUsernameDefaultsToTheEmail() {
        ContactRow row = RowRules.check(row(Map.of(
                ContactField.FIRST_NAME, "Anna",
                ContactField.LAST_NAME, "Berg",
                ContactField.EMAIL, "anna@nordic.example",
                ContactField.COMPANY, "Nordic Foods AB",
                ContactField.COUNTRY, "Sverige",
                ContactField.LOCALE, "sv_SE")));
        assertTrue(row.isValid(), () -> row.problems().toString());
        assertEquals("anna@nordic.example", row.username());
        assertEquals("SE", RowRules.countryCode("Sverige").orElseThrow());
        assertEquals("sv", RowRules.language("sv_SE"));
    }

    @Test
    void eachRowRuleNamesItsFieldAndReason() {
        ContactRow row = RowRules.check(row(Map.of(
                ContactField.EMAIL, "anna.nordic.example",
                ContactField.POSTCODE, "1".repeat(21),
                ContactField.COUNTRY, "Atlantis",
                ContactField.LOCALE, "de",
                ContactField.PRIMARY_CONTACT, "yes")));
        assertEquals(
                List.of(
                        new Problem(Problem.REQUIRED, ContactField.FIRST_NAME),
                        new Problem(Problem.REQUIRED, ContactField.LAST_NAME),
                        new Problem(Problem.REQUIRED, ContactField.COMPANY),
                        new Problem(Problem.TOO_LONG, ContactField.POSTCODE, "20"),
                        new Problem(Problem.EMAIL, ContactField.EMAIL, "anna.nordic.example"),
                        new Problem(Problem.COUNTRY, ContactField.COUNTRY, "Atlantis"),
                        new Problem(Problem.LOCALE, ContactField.LOCALE, "de"),
                        new Problem(Problem.PRIMARY_CONTACT, ContactField.PRIMARY_CONTACT, "yes")),
                row.problems());
    }

    @Test
    void everyLengthOfTheContactFormIsEnforced() {
        Map<ContactField, Integer> lengths = Map.of(
                ContactField.FIRST_NAME, 64,
                ContactField.LAST_NAME, 64,
                ContactField.EMAIL, 254,
                ContactField.USERNAME, 64,
                ContactField.CITY, 64,
                ContactField.STATE, 32,
                ContactField.PHONE, 20,
                ContactField.TITLE, 128,
                ContactField.CUSTOM_3, 256,
                ContactField.COMPANY, 120);
        lengths.forEach((field, max) -> {
            assertEquals(max, field.maxLength(), field::name);
            ContactRow row = RowRules.check(row(Map.of(field, "x".repeat(max + 1))));
            assertTrue(row.problems().contains(new Problem(Problem.TOO_LONG, field, max.toString())), field::name);
        });
    }

    @Test
    void aUsernameOrEmailRepeatedInTheFileRejectsTheLaterRows() {
        String text = HEADER
                + "Anna,Berg,anna@x.example,Nordic,anna,,,,,\r\n"
                + "Bo,Ek,bo@x.example,Nordic,ANNA,,,,,\r\n"
                + "Cai,Lind,anna@x.example,Nordic,cai,,,,,\r\n";
        ImportFile file = ImportFile.parse(text.getBytes(StandardCharsets.UTF_8));
        ColumnMap map = ColumnMap.byHeaders(file.firstValues());
        List<ContactRow> rows = file.records().subList(1, 4).stream()
                .map(map::row)
                .map(RowRules::check)
                .toList();
        FileRules rules = new FileRules(rows);
        rows.forEach(rules::check);
        assertTrue(rows.get(0).isValid());
        assertEquals(
                List.of(new Problem(Problem.USERNAME_IN_FILE, ContactField.USERNAME, "2")),
                rows.get(1).problems());
        assertEquals(
                List.of(new Problem(Problem.EMAIL_IN_FILE, ContactField.EMAIL, "2")),
                rows.get(2).problems());
        assertTrue(rules.bringsUsername("cai"));
    }

    @Test
    void semicolonsAreTheSeparatorWhenTheHeaderHasMoreOfThem() {
        assertEquals(';', CsvText.separatorOf("Förnamn;Efternamn;Notes, more\r\n"));
        assertEquals(',', CsvText.separatorOf("a,b,c"));
    }

    private static ContactRow row(Map<ContactField, String> values) {
        return new ContactRow(2, values);
    }
}
