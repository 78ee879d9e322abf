package com.serviceportal.web.portal.cases;

import com.serviceportal.cases.CaseFilter;
import com.serviceportal.cases.CaseListChoices;
import com.serviceportal.cases.CaseRows;
import com.serviceportal.cases.CaseSearch;
import com.serviceportal.cases.CaseSort;
import com.serviceportal.cases.Severity;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.web.CaseRowsModel;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The customer's case list ({@code /portal/cases/list.xhtml}): every case the contact may see,
 * colleagues' and sites' included, read one page at a time.
 */
@Named
@ViewScoped
public class CaseListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseSearch caseSearch;

    @Inject
    private Feedback feedback;

    private final CaseFilter filter = new CaseFilter();
    private final CaseRowsModel cases = new Rows();
    private CaseListChoices choices;

    public void load() {
        choices = caseSearch.choices();
    }

    /** A filter changed: the list starts again at its first page. */
    public void filter() {
        CaseRowsModel.firstPage("list:cases");
    }

    public CaseFilter getFilter() {
        return filter;
    }

    public CaseRowsModel getCases() {
        return cases;
    }

    public CaseListChoices getChoices() {
        return choices;
    }

    public List<Severity> getSeverities() {
        return List.of(Severity.values());
    }

    private final class Rows extends CaseRowsModel {

        private static final long serialVersionUID = 1L;

        @Override
        protected CaseRows fetch(CaseSort sort, int first, int pageSize) {
            try {
                return caseSearch.search(filter, sort, first, pageSize);
            } catch (BusinessException problem) {
                feedback.error(problem);
                return new CaseRows(List.of(), false);
            }
        }
    }
}
