package com.serviceportal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.settings.AnalysisField;
import com.serviceportal.settings.FieldType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisAnswersTest {

    private final AnalysisField meterReading = new AnalysisField("Meter reading", FieldType.NUMBER, false, null, 10);

    @Test
    void aNumberIsKeptWrittenOutInFull() {
        assertEquals("1500", kept(meterReading, "1,5e3"));
        assertEquals("0.00012", kept(meterReading, "1.2E-4"));
        assertEquals("12.50", kept(meterReading, " 12.50 "));
        assertEquals("1" + "0".repeat(AnalysisAnswers.ANSWER_MAX - 1), kept(meterReading, "1e1999"));
    }

    @Test
    void aShortNumberThatWouldNotFitWrittenOutIsInvalid() {
        for (String answer : List.of(
                "1e-3000",
                "1e2000",
                "1" + "0".repeat(1990) + "e20",
                "1e-999999999",
                "-7E+2147483647",
                "1e99999999999")) {
            BusinessException refused = assertThrows(
                    BusinessException.class,
                    () -> AnalysisAnswers.check(List.of(meterReading), given(meterReading, answer), Locale.ENGLISH),
                    answer.length() > 40 ? answer.substring(0, 40) + "…" : answer);
            assertEquals("case.error.analysisInvalid", refused.getMessageKey());
            assertEquals("Meter reading", refused.getArguments()[0]);
        }
    }

    private static String kept(AnalysisField field, String answer) {
        return AnalysisAnswers.check(List.of(field), given(field, answer), Locale.ENGLISH)
                .get(field);
    }

    /** The form's answer to the field, by the field's id (none here: the field is not stored). */
    private static Map<Long, String> given(AnalysisField field, String answer) {
        Map<Long, String> given = new HashMap<>();
        given.put(field.getId(), answer);
        return given;
    }
}
