package com.serviceportal.web.desk.cases;

import com.serviceportal.cases.CaseDetails;
import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.CaseWork;
import com.serviceportal.cases.DeskChoices;
import com.serviceportal.cases.NewNote;
import com.serviceportal.cases.Severity;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.NotFoundResponse;
import com.serviceportal.web.cases.CaseNumber;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;

/**
 * One case as the desk works it ({@code /desk/cases/work.xhtml?number=…}): status, severity, team
 * and assignee, every note (internal and customer-visible), a new note and the case's history.
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
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public void addNote() {
        try {
            show(caseService.addNote(note));
            feedback.info("case.noteAdded");
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    private void show(CaseDetails shown) {
        details = shown;
        work = CaseWork.of(shown);
        note = NewNote.of(shown);
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
}
