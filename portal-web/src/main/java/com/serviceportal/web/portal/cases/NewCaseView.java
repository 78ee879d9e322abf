package com.serviceportal.web.portal.cases;

import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.Severity;
import com.serviceportal.customers.CustomerChoice;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;

/** The new-case form ({@code /portal/cases/new.xhtml}) and its confirmation. */
@Named
@ViewScoped
public class NewCaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService caseService;

    @Inject
    private Feedback feedback;

    @Valid
    private NewCase draft = new NewCase();

    private List<CustomerChoice> customers = List.of();
    private Long raisedNumber;

    public void load() {
        customers = caseService.customersForNewCase();
        if (!customers.isEmpty()) {
            draft.setCustomerId(customers.get(0).getId());
        }
    }

    public void save() {
        try {
            raisedNumber = caseService.raise(draft);
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public NewCase getDraft() {
        return draft;
    }

    public List<CustomerChoice> getCustomers() {
        return customers;
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public Long getRaisedNumber() {
        return raisedNumber;
    }
}
