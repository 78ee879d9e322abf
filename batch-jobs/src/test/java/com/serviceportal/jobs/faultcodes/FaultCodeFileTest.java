package com.serviceportal.jobs.faultcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultCodeFileTest {

    @Test
    void readsUtf8WithByteOrderMarkAndQuotedCommas() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Stock code,Friendly name\nFC-1,\"Kylaggregat, för varmt\"\nFC-2,Dörr stänger inte\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);

        FaultCodeFile file = FaultCodeFile.read(content);

        assertTrue(file.isClean(), file.problems().toString());
        assertEquals(2, file.rows().size());
        assertEquals("FC-1", file.rows().get(0).getStockCode());
        assertEquals("Kylaggregat, för varmt", file.rows().get(0).getFriendlyName());
        assertEquals("Dörr stänger inte", file.rows().get(1).getFriendlyName());
    }

    @Test
    void readsWindows1252AndSemicolonsAsExcelSavesThem() {
        byte[] content =
                "Friendly name;STOCK_CODE\r\nDörr stänger inte;FC-2\r\n".getBytes(Charset.forName("windows-1252"));

        FaultCodeFile file = FaultCodeFile.read(content);

        assertTrue(file.isClean(), file.problems().toString());
        assertEquals("FC-2", file.rows().get(0).getStockCode());
        assertEquals("Dörr stänger inte", file.rows().get(0).getFriendlyName());
    }

    @Test
    void readsAnOptionalSwedishNameAndLeavesItOutWhenTheFileHasNoSuchColumn() {
        FaultCodeFile withSwedish =
                FaultCodeFile.read("Swedish name,Stock code,Friendly name\nFör varmt,FC-1,Too warm\n,FC-2,Door\n"
                        .getBytes(StandardCharsets.UTF_8));
        FaultCodeFile without =
                FaultCodeFile.read("Stock code,Friendly name\nFC-1,Too warm\n".getBytes(StandardCharsets.UTF_8));

        assertTrue(withSwedish.isClean(), withSwedish.problems().toString());
        assertEquals("För varmt", withSwedish.rows().get(0).getSwedishName());
        assertEquals("Too warm", withSwedish.rows().get(0).getFriendlyName());
        assertEquals("", withSwedish.rows().get(1).getSwedishName());
        assertTrue(without.isClean(), without.problems().toString());
        assertNull(without.rows().get(0).getSwedishName());
    }

    @Test
    void listsEveryProblemWithItsLine() {
        String content = "Stock code,Friendly name\n"
                + ",No code\n"
                + "FC-3,\n"
                + "X".repeat(41) + ",Long code\n"
                + "FC-4," + "n".repeat(121) + "\n"
                + "FC-5,First\n"
                + "fc-5,Again\n";

        FaultCodeFile file = FaultCodeFile.read(content.getBytes(StandardCharsets.UTF_8));

        assertEquals(
                List.of(
                        "2 faultCodes.problem.missingStockCode",
                        "3 faultCodes.problem.missingFriendlyName",
                        "4 faultCodes.problem.stockCodeTooLong",
                        "5 faultCodes.problem.friendlyNameTooLong",
                        "7 faultCodes.problem.duplicate"),
                file.problems().stream()
                        .map(p -> p.getLine() + " " + p.getMessageKey())
                        .toList());
        assertEquals(List.of("fc-5", 6L), List.of(file.problems().get(4).getArguments()));
    }

    @Test
    void unknownAndMissingColumnsAreNamed() {
        FaultCodeFile file = FaultCodeFile.read("Stock code,Description\nFC-1,x\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(
                List.of(
                        "faultCodes.problem.unknownColumn [Description]",
                        "faultCodes.problem.missingColumn [Friendly name]"),
                file.problems().stream()
                        .map(p -> p.getMessageKey() + " " + List.of(p.getArguments()))
                        .toList());
        assertTrue(file.rows().isEmpty());
    }

    @Test
    void anEmptyFileIsAProblem() {
        assertEquals(
                "faultCodes.problem.empty",
                FaultCodeFile.read(new byte[0]).problems().get(0).getMessageKey());
        assertEquals(
                "faultCodes.problem.noRows",
                FaultCodeFile.read("Stock code,Friendly name\n".getBytes(StandardCharsets.UTF_8))
                        .problems()
                        .get(0)
                        .getMessageKey());
    }
}
