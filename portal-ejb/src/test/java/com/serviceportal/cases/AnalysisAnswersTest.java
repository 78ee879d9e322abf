package com.serviceportal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.settings.AnalysisField;
import com.serviceportal.settings.FieldType;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisAnswersTest {

    private final AnalysisField meterReading =
            stored(new AnalysisField("Meter reading", FieldType.NUMBER, false, null, 10), 1);

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

    @Test
    void aSwedishReaderIsToldWhichAnswerIsTooLongByTheFieldsSwedishLabel() {
        AnalysisField remarks = stored(new AnalysisField("Remarks", FieldType.TEXT, false, null, 20), 2);
        remarks.setLabelSv("Anmärkningar");
        String tooLong = "x".repeat(AnalysisAnswers.ANSWER_MAX + 1);

        AnswersTooLongException refused = assertThrows(
                AnswersTooLongException.class,
                () -> AnalysisAnswers.check(List.of(remarks), given(remarks, tooLong), Locale.forLanguageTag("sv")));
        assertEquals("case.error.answerTooLong", refused.getMessageKey());
        assertEquals("Anmärkningar", refused.getArguments()[0]);
    }

    private static String kept(AnalysisField field, String answer) {
        return AnalysisAnswers.check(List.of(field), given(field, answer), Locale.ENGLISH)
                .get(field);
    }

    private static Map<Long, String> given(AnalysisField field, String answer) {
        return Map.of(field.getId(), answer);
    }

    /** The field with the id the database would give it. */
    private static AnalysisField stored(AnalysisField field, long id) {
        try {
            Field idField = AnalysisField.class.getDeclaredField("id");
            idField.setAccessible(true);
            idField.set(field, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return field;
    }
}
