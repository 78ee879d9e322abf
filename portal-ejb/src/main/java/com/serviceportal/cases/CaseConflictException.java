package com.serviceportal.cases;

import com.serviceportal.platform.ChangedMeanwhileException;
import java.time.Instant;
import java.util.Date;

/**
 * Someone else saved the case after the caller opened it. Nothing of the caller's is saved, and the
 * page keeps what the caller typed, so a person never loses an edit silently.
 */
public class CaseConflictException extends ChangedMeanwhileException {

    private static final long serialVersionUID = 1L;

    CaseConflictException(String changedBy, Instant changedAt) {
        super("case.error.conflict", changedBy == null ? "?" : changedBy, Date.from(changedAt));
    }

    /** Two saves passed the version check together; the database let the first one in. */
    CaseConflictException() {
        super("case.error.conflictAtOnce");
    }
}
