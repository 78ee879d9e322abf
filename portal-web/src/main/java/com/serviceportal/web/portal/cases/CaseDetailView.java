package com.serviceportal.web.portal.cases;

import com.serviceportal.cases.AddedNote;
import com.serviceportal.cases.CaseConflictException;
import com.serviceportal.cases.CaseDetails;
import com.serviceportal.cases.CaseEdit;
import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.CustomerAction;
import com.serviceportal.cases.NewNote;
import com.serviceportal.cases.Severity;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.Difference;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.NotFoundResponse;
import com.serviceportal.web.cases.CaseNumber;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.Date;
import java.util.List;

/**
 * One case as the customer sees and works it ({@code /portal/cases/detail.xhtml?number=…}): its
 * facts, an edit of severity, summary and description, the notes it may read, a new note, and the
 * close and cancel actions. After a save refused because someone else changed the case, the page
 * shows the case as it now stands beside what the customer typed, and saving again applies it.
 */
@Named
@ViewScoped
public class CaseDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService caseService;

    @Inject
    private NotFoundResponse notFound;

    @Inject
    private Feedback feedback;

    private String number;
    /** The site whose Cases tab the case was opened from, so "Back to cases" returns there; only put back into a link. */
    private Long site;

    private CaseDetails details;

    @Valid
    private CaseEdit edit;

    @Valid
    private NewNote note;

    private List<Difference> differences = List.of();

    public void load() {
        try {
            show(caseService.getByNumber(CaseNumber.parse(number)));
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public void save() {
        act(() -> caseService.update(edit), "case.saved");
    }

    public void addNote() {
        try {
            AddedNote added = caseService.addNote(note);
            show(added.getDetails());
            if (added.isStatusKept()) {
                feedback.warn(
                        "case.noteAddedStatusKept",
                        added.getChangedBy(),
                        Date.from(added.getChangedAt()),
                        details.getStatus());
            } else {
                feedback.info("case.noteAdded");
            }
        } catch (CaseConflictException e) {
            feedback.error(e);
            CaseDetails current = caseService.getByNumber(details.getNumber());
            differences = note.differencesFrom(current);
            note.rebaseOn(current);
            details = current;
            edit = CaseEdit.of(current);
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public void close() {
        act(() -> caseService.end(details.getNumber(), edit.getVersion(), CustomerAction.CLOSE), "case.closed");
    }

    public void cancelCase() {
        act(() -> caseService.end(details.getNumber(), edit.getVersion(), CustomerAction.CANCEL), "case.cancelled");
    }

    /** Save, close and cancel post the edit form: after a conflict it keeps what was typed. */
    private void act(CaseAction action, String doneKey) {
        try {
            show(action.run());
            feedback.info(doneKey);
        } catch (CaseConflictException e) {
            feedback.error(e);
            CaseDetails current = caseService.getByNumber(details.getNumber());
            differences = edit.differencesFrom(current);
            edit.rebaseOn(current);
            details = current;
            note = NewNote.of(current);
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    private void show(CaseDetails shown) {
        details = shown;
        edit = CaseEdit.of(shown);
        note = NewNote.of(shown);
        differences = List.of();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Long getSite() {
        return site;
    }

    public void setSite(Long site) {
        this.site = site;
    }

    public CaseDetails getDetails() {
        return details;
    }

    public CaseEdit getEdit() {
        return edit;
    }

    public NewNote getNote() {
        return note;
    }

    /** After a refused save: what the case now holds where it differs from what was typed. */
    public List<Difference> getDifferences() {
        return differences;
    }

    /** One call of the case service that answers with the case as it now stands. */
    @FunctionalInterface
    private interface CaseAction {
        CaseDetails run();
    }
}
