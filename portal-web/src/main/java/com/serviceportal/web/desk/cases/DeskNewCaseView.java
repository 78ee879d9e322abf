package com.serviceportal.web.desk.cases;

import com.serviceportal.web.cases.NewCaseForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * A case the desk raises for a customer on the phone ({@code /desk/cases/new.xhtml}); with
 * {@code ?equipment=} it starts with that item and its site chosen.
 */
@Named
@ViewScoped
public class DeskNewCaseView extends NewCaseForm {

    private static final long serialVersionUID = 1L;

    @Override
    protected boolean isCustomerChosenByDesk() {
        return true;
    }
}
