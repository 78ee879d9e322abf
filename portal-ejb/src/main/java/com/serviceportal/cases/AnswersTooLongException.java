package com.serviceportal.cases;

import com.serviceportal.platform.BusinessException;
import java.util.List;

/**
 * Answers to analysis fields longer than a field holds; nothing was saved. Names the fields, so the
 * page can say so beside each of them.
 */
public class AnswersTooLongException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<Long> fieldIds;

    AnswersTooLongException(List<Long> fieldIds, String labels, int max) {
        super("case.error.answerTooLong", labels, max);
        this.fieldIds = List.copyOf(fieldIds);
    }

    /** The analysis fields whose answers are too long, in the order of the form. */
    public List<Long> getFieldIds() {
        return fieldIds;
    }

    public int getMax() {
        return AnalysisAnswers.ANSWER_MAX;
    }
}
