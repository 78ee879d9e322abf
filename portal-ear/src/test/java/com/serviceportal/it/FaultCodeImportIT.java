package com.serviceportal.it;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.cases.CaseService;
import com.serviceportal.jobs.faultcodes.FaultCodeProblem;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import com.serviceportal.settings.faultcodes.FaultCodeCheck;
import com.serviceportal.settings.faultcodes.FaultCodeEntry;
import com.serviceportal.settings.faultcodes.FaultCodeImports;
import com.serviceportal.settings.faultcodes.ImportProgress;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The fault-code import: example files, the check of a bad file, and imports that insert and update. */
@ExtendWith(ArquillianExtension.class)
public class FaultCodeImportIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(FaultCodeImportIT.class, DemoData.class, Await.class);
    }

    @Inject
    private FaultCodeImports imports;

    @Inject
    private CaseService cases;

    @Inject
    private Caller caller;

    @Test
    public void theTwoExampleFilesOpenInASpreadsheetWithTheColumns() throws IOException {
        signIn(ADMINISTRATOR);
        try (XSSFWorkbook columns = new XSSFWorkbook(new ByteArrayInputStream(imports.columnsWorkbook()))) {
            Sheet sheet = columns.getSheetAt(0);
            assertEquals(List.of("Stock code", "Friendly name"), cells(sheet.getRow(0)));
            assertEquals(0, sheet.getLastRowNum(), "the compulsory columns only");
        }
        try (XSSFWorkbook examples = new XSSFWorkbook(new ByteArrayInputStream(imports.examplesWorkbook()))) {
            Sheet sheet = examples.getSheetAt(0);
            assertEquals(List.of("Stock code", "Friendly name"), cells(sheet.getRow(0)));
            assertTrue(sheet.getLastRowNum() >= 2, "example rows follow");
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                assertEquals(
                        2,
                        cells(sheet.getRow(i)).stream()
                                .filter(v -> !v.isBlank())
                                .count());
            }
        }
    }

    @Test
    public void aBadFileListsEveryErrorAndImportsNothing() {
        String code = code();
        String bad = "Stock code,Friendly name,Colour\n"
                + code + "-A,Fine row,x\n"
                + ",No stock code,x\n"
                + code + "-B,,x\n"
                + "X".repeat(41) + ",Too long a code,x\n"
                + code + "-C," + "n".repeat(121) + ",x\n"
                + code + "-A,Twice,x\n";
        signIn(ADMINISTRATOR);
        FaultCodeCheck check = imports.check(utf8(bad));

        assertFalse(check.isClean());
        assertEquals(
                List.of(
                        "1 faultCodes.problem.unknownColumn",
                        "3 faultCodes.problem.missingStockCode",
                        "4 faultCodes.problem.missingFriendlyName",
                        "5 faultCodes.problem.stockCodeTooLong",
                        "6 faultCodes.problem.friendlyNameTooLong",
                        "7 faultCodes.problem.duplicate"),
                check.getProblems().stream()
                        .map(p -> p.getLine() + " " + p.getMessageKey())
                        .toList());
        FaultCodeProblem duplicate = check.getProblems().get(5);
        assertEquals(List.of(code + "-A", 2L), List.of(duplicate.getArguments()), "names the first line");

        BusinessException refused =
                assertThrows(BusinessException.class, () -> imports.startImport("bad.csv", utf8(bad)));
        assertEquals("faultCodes.error.notClean", refused.getMessageKey());
        assertTrue(
                imports.faultCodes().stream().noneMatch(f -> f.getStockCode().startsWith(code)),
                "nothing of the file was imported");
    }

    @Test
    public void aCleanFileImportsAndASecondImportUpdates() {
        String code = code();
        signIn(ADMINISTRATOR);
        String first = "Stock code,Friendly name\n" + code + "-1,Compressor trips\n" + code + "-2,Fan noisy\n";
        assertTrue(imports.check(utf8(first)).isClean());
        ImportProgress done = waitFor(imports.startImport("codes.csv", utf8(first)));
        assertFalse(done.isFailed());
        assertEquals(2, done.getInserted());
        assertEquals(0, done.getUpdated());
        assertEquals("Compressor trips", names(code).get(code + "-1"));

        // Windows-1252 with Excel's semicolons, the same codes renamed and one more
        String second = "Friendly name;Stock code\r\nKompressorn löser ut;" + code + "-1\r\nFläkten låter;" + code
                + "-2\r\nDörren stänger inte;" + code + "-3\r\n";
        ImportProgress again = waitFor(
                imports.startImport("codes.csv", second.getBytes(java.nio.charset.Charset.forName("windows-1252"))));
        assertFalse(again.isFailed());
        assertEquals(1, again.getInserted());
        assertEquals(2, again.getUpdated());
        Map<String, String> names = names(code);
        assertEquals(3, names.size(), "updated, not duplicated");
        assertEquals("Kompressorn löser ut", names.get(code + "-1"));
        assertEquals("Dörren stänger inte", names.get(code + "-3"));

        signIn(SITE_CONTACT);
        List<String> offered = cases.choicesForNewCase(null, null).getFaultCodes().stream()
                .map(Choice::getLabel)
                .toList();
        assertTrue(offered.contains("Fläkten låter"), "the new-case form offers the friendly name");
    }

    @Test
    public void anOptionalSwedishColumnNamesTheCodesForSwedishReadersAndAFileWithoutItKeepsThem() {
        String code = code();
        signIn(ADMINISTRATOR);
        String withSwedish = "Stock code,Friendly name,Swedish name\n" + code
                + "-1,Compressor trips,Kompressorn löser ut\n" + code + "-2,Fan noisy,\n";
        assertFalse(waitFor(imports.startImport("codes.csv", utf8(withSwedish))).isFailed());
        String withoutSwedish = "Stock code,Friendly name\n" + code + "-1,Compressor trips often\n";
        assertEquals(
                1,
                waitFor(imports.startImport("codes.csv", utf8(withoutSwedish))).getUpdated());
        String swedishLater =
                "Stock code,Swedish name,Friendly name\n" + code + "-3,Dörren stänger inte,Door stays open\n";
        assertFalse(
                waitFor(imports.startImport("codes.csv", utf8(swedishLater))).isFailed());
        swedishLater = "Stock code,Swedish name,Friendly name\n" + code + "-3,Dörren står öppen,Door stays open\n";
        assertEquals(
                1, waitFor(imports.startImport("codes.csv", utf8(swedishLater))).getUpdated());

        Map<String, FaultCodeEntry> entries = imports.faultCodes().stream()
                .filter(f -> f.getStockCode().startsWith(code))
                .collect(Collectors.toMap(FaultCodeEntry::getStockCode, f -> f));
        assertEquals("Compressor trips often", entries.get(code + "-1").getFriendlyName());
        assertEquals(
                "Kompressorn löser ut",
                entries.get(code + "-1").getSwedishName(),
                "a file without the column leaves the Swedish name");
        assertNull(entries.get(code + "-2").getSwedishName());
        assertEquals(
                "Dörren står öppen", entries.get(code + "-3").getSwedishName(), "a file with the column changes it");

        signIn(SITE_CONTACT);
        caller.readsIn(java.util.Locale.forLanguageTag("sv"));
        try {
            List<String> offered = cases.choicesForNewCase(null, null).getFaultCodes().stream()
                    .map(Choice::getLabel)
                    .toList();
            assertTrue(offered.contains("Kompressorn löser ut"), offered.toString());
            assertTrue(offered.contains("Fan noisy"), "English where there is no Swedish name: " + offered);
        } finally {
            caller.readsIn(java.util.Locale.ENGLISH);
        }
    }

    @Test
    public void onlyAnAdministratorImports() {
        signIn(TECHNICIAN);
        assertThrows(NotFoundException.class, () -> imports.check(utf8("Stock code,Friendly name\nA,B\n")));
        assertThrows(NotFoundException.class, () -> imports.faultCodes());
    }

    private ImportProgress waitFor(long importId) {
        return Await.until(
                () -> imports.progress(importId),
                ImportProgress::isFinished,
                Duration.ofMinutes(1),
                "the import to finish");
    }

    private Map<String, String> names(String prefix) {
        return imports.faultCodes().stream()
                .filter(f -> f.getStockCode().startsWith(prefix))
                .collect(Collectors.toMap(FaultCodeEntry::getStockCode, FaultCodeEntry::getFriendlyName));
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    private static List<String> cells(Row row) {
        List<String> values = new java.util.ArrayList<>();
        row.forEach(cell -> values.add(cell.getStringCellValue()));
        return values;
    }

    private static String code() {
        return "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
