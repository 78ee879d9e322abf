package com.serviceportal.web.portal.cases;

import com.serviceportal.cases.CaseDetails;
import com.serviceportal.cases.CaseService;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One case as the customer sees it ({@code /portal/cases/detail.xhtml?number=…}). */
@Named
@ViewScoped
public class CaseDetailView implements Serializable {

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
