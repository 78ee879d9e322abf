package com.serviceportal.web.desk.cases;

import com.serviceportal.cases.CaseDetails;
import com.serviceportal.cases.CaseService;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One case as the desk works it ({@code /desk/cases/work.xhtml?number=…}). */
@Named
@ViewScoped
public class CaseWorkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService caseService;

    @Inject
    private NotFoundResponse notFound;

    private String number;
    private CaseDetails details;

    public void load() {
        try {
            details = caseService.getByNumber(Long.parseLong(number == null ? "" : number.strip()));
        } catch (NumberFormatException | NotFoundException e) {
            notFound.send();
        }
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
}
