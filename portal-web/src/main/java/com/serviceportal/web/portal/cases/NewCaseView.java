package com.serviceportal.web.portal.cases;

import com.serviceportal.web.cases.NewCaseForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The customer's new-case form ({@code /portal/cases/new.xhtml}) and its confirmation; with
 * {@code ?equipment=} ("Add case for equipment") it starts with that item and its site chosen.
 */
@Named
@ViewScoped
public class NewCaseView extends NewCaseForm {

    private static final long serialVersionUID = 1L;

    @Override
    protected boolean isCustomerChosenByDesk() {
        return false;
    }
}
