package com.serviceportal.web.desk.cases;

import com.serviceportal.cases.AddedNote;
import com.serviceportal.cases.CaseConflictException;
import com.serviceportal.cases.CaseDetails;
import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.CaseWork;
import com.serviceportal.cases.DeskChoices;
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
import java.util.Map;

/**
 * One case as the desk works it ({@code /desk/cases/work.xhtml?number=…}): status, severity, team
 * and assignee, every note (internal and customer-visible), a new note and the case's history.
 * After a save refused because someone else changed the case, the page shows the case as it now
 * stands beside what the technician chose, and saving again applies it.
 */
@Named
@ViewScoped
public class CaseWorkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService caseService;

    @Inject
    private NotFoundResponse notFound;

    @Inject
    private Feedback feedback;

    private String number;
    private CaseDetails details;
    private DeskChoices choices;

    @Valid
    private CaseWork work;

    @Valid
    private NewNote note;

    private List<Difference> differences = List.of();

    public void load() {
        try {
            show(caseService.getByNumber(CaseNumber.parse(number)));
            choices = caseService.deskChoices(details.getNumber());
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public void save() {
        try {
            show(caseService.work(work));
            choices = caseService.deskChoices(details.getNumber());
            feedback.info("case.saved");
        } catch (CaseConflictException e) {
            feedback.error(e);
            CaseDetails current = caseService.getByNumber(details.getNumber());
            choices = caseService.deskChoices(details.getNumber());
            differences = work.differencesFrom(current, choices);
            work.rebaseOn(current);
            details = current;
            note = NewNote.of(current);
        } catch (BusinessException e) {
            feedback.error(e, Map.of("case.error.contractNotCovering", "contract"));
        }
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
            work = CaseWork.of(current);
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    private void show(CaseDetails shown) {
        details = shown;
        work = CaseWork.of(shown);
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

    public CaseDetails getDetails() {
        return details;
    }

    public DeskChoices getChoices() {
        return choices;
    }

    public CaseWork getWork() {
        return work;
    }

    public NewNote getNote() {
        return note;
    }

    /** After a refused save: what the case now holds where it differs from what was chosen. */
    public List<Difference> getDifferences() {
        return differences;
    }
}
