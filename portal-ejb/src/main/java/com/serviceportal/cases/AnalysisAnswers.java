package com.serviceportal.cases;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.settings.AnalysisField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules for answers to analysis fields: none longer than the column holds, mandatory ones
 * answered, numbers that are numbers (kept written out in full, so that form must fit too), dates as
 * ISO dates, list answers among the options. Every problem is reported at once, so the person fixes
 * the form in one go.
 */
final class AnalysisAnswers {

    static final int ANSWER_MAX = 2000;

    private AnalysisAnswers() {}

    /** The answers to keep, by field, in their canonical form; blank answers are left out. */
    static Map<AnalysisField, String> check(List<AnalysisField> fields, Map<Long, String> given, Locale reader) {
        tooLong(fields, given, reader);
        Map<AnalysisField, String> accepted = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (AnalysisField field : fields) {
            String answer = given.get(field.getId());
            if (answer == null || answer.isBlank()) {
                if (field.isMandatory()) {
                    missing.add(field.label(reader));
                }
                continue;
            }
            String canonical = canonical(field, answer.strip());
            if (canonical == null) {
                invalid.add(field.label(reader));
            } else {
                accepted.put(field, canonical);
            }
        }
        if (!missing.isEmpty()) {
            throw new BusinessException("case.error.analysisMissing", String.join(", ", missing));
        }
        if (!invalid.isEmpty()) {
            throw new BusinessException("case.error.analysisInvalid", String.join(", ", invalid));
        }
        return accepted;
    }

    /** Refuses answers longer than the column holds, naming each field in the reader's language, so none is cut. */
    private static void tooLong(List<AnalysisField> fields, Map<Long, String> given, Locale reader) {
        List<AnalysisField> over = fields.stream()
                .filter(f -> given.get(f.getId()) != null
                        && given.get(f.getId()).strip().length() > ANSWER_MAX)
                .toList();
        if (!over.isEmpty()) {
            throw new AnswersTooLongException(
                    over.stream().map(AnalysisField::getId).toList(),
                    String.join(", ", over.stream().map(f -> f.label(reader)).toList()),
                    ANSWER_MAX);
        }
    }

    private static String canonical(AnalysisField field, String answer) {
        try {
            return switch (field.getType()) {
                case TEXT -> answer;
                case NUMBER -> writtenOut(new BigDecimal(answer.replace(',', '.')));
                case DATE -> LocalDate.parse(answer).toString();
                case LIST -> field.getOptionList().contains(answer) ? answer : null;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The number written out in full, as it is kept; {@code null} when that would not fit the answer.
     * A short answer can stand for a very long number ("1e-3000"), so its size is judged from the
     * exponent before anything is written out.
     */
    private static String writtenOut(BigDecimal number) {
        if (Math.abs((long) number.scale()) > ANSWER_MAX) {
            return null;
        }
        String plain = number.toPlainString();
        return plain.length() > ANSWER_MAX ? null : plain;
    }
}
