package com.serviceportal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseCursorTest {

    private static final Instant CREATED = Instant.parse("2026-11-30T08:15:30.123456789Z");

    @Test
    void aCursorCarriedAsTextComesBackTheSameForEveryKindOfSortedValue() {
        List<CaseCursor> cursors = List.of(
                cursor(CaseSort.NEWEST_FIRST, null),
                cursor(new CaseSort(CaseSort.Column.SUMMARY, true), "Kylskåp läcker. Dörr_öppen/stängd"),
                cursor(new CaseSort(CaseSort.Column.SEVERITY, false), 3),
                cursor(new CaseSort(CaseSort.Column.NUMBER, true), 10_000_000_123L),
                cursor(new CaseSort(CaseSort.Column.DUE, true), Timestamp.from(CREATED.plusSeconds(3600))),
                cursor(new CaseSort(CaseSort.Column.ASSIGNEE, true), null));
        for (CaseCursor cursor : cursors) {
            CaseCursor back = CaseCursor.fromText(cursor.toText());
            assertEquals(cursor.toText(), back.toText());
            assertTrue(back.continues(17, sortOf(cursor), 40), cursor.toText());
            assertEquals(cursor.created(), back.created());
            assertEquals(cursor.caseId(), back.caseId());
            assertEquals(keyOf(cursor), keyOf(back));
        }
    }

    @Test
    void aLocalTimeIsCarriedAsTheTimestampItStandsFor() {
        LocalDateTime due = LocalDateTime.of(2026, 12, 1, 9, 30);
        CaseCursor back = CaseCursor.fromText(
                cursor(new CaseSort(CaseSort.Column.DUE, true), due).toText());
        assertEquals(Timestamp.valueOf(due), back.key());
    }

    @Test
    void textThatIsNoCursorReadsTheListFromItsStart() {
        for (String text : List.of(
                "",
                "x",
                "40.SUMMARY.asc.17",
                "40.NOSUCH.asc.17.-.1.2.3",
                "40.SUMMARY.asc.17.q1.1.2.3",
                "40.SUMMARY.asc.17.n12x.1.2.3",
                "40.DUE.asc.17.t12.1.2.3",
                "40.SUMMARY.asc.17.s%%%.1.2.3",
                "forty.SUMMARY.asc.17.-.1.2.3",
                "40.SUMMARY.asc.17.-.1.2.3.4")) {
            assertNull(CaseCursor.fromText(text), text);
        }
        assertNull(CaseCursor.fromText(null));
    }

    private static CaseCursor cursor(CaseSort sort, Object key) {
        return new CaseCursor(40, sort, 17, (Serializable) key, CREATED, 4711);
    }

    private static CaseSort sortOf(CaseCursor cursor) {
        String[] parts = cursor.toText().split("\\.");
        return new CaseSort(CaseSort.Column.valueOf(parts[1]), parts[2].equals("asc"));
    }

    private static Object keyOf(CaseCursor cursor) {
        Object key = cursor.key();
        return key instanceof Number number ? number.longValue() : key;
    }
}
