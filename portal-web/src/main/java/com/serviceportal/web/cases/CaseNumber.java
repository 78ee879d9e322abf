package com.serviceportal.web.cases;

import com.serviceportal.cases.CaseDetails;
import com.serviceportal.cases.NewNote;
import com.serviceportal.cases.StatusChoice;
import com.serviceportal.platform.NotFoundException;

/** The case number from a page's address, and a fresh note for a case page. */
public final class CaseNumber {

    private CaseNumber() {}

    /** A number that is not a number is a case that does not exist. */
    public static long parse(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    /** An empty note that keeps the case's status unless the writer picks another. */
    public static NewNote noteFor(CaseDetails details) {
        NewNote note = new NewNote();
        note.setNumber(details.getNumber());
        note.setStatusId(details.getNoteStatuses().stream()
                .map(StatusChoice::getId)
                .filter(id -> id == details.getStatusId())
                .findFirst()
                .orElse(
                        details.getNoteStatuses().isEmpty()
                                ? null
                                : details.getNoteStatuses().get(0).getId()));
        return note;
    }
}
