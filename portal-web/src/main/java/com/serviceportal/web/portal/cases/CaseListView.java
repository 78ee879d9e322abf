package com.serviceportal.web.portal.cases;

import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.CaseSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The customer's case list ({@code /portal/cases/list.xhtml}): every case the contact may see. */
@Named
@ViewScoped
public class CaseListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService caseService;

    private List<CaseSummary> cases = List.of();

    public void load() {
        cases = caseService.listVisible();
    }

    public List<CaseSummary> getCases() {
        return cases;
    }
}
