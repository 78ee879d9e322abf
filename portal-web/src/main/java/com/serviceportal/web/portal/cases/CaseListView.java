package com.serviceportal.web.portal.cases;

import com.serviceportal.cases.CaseCursor;
import com.serviceportal.cases.CaseFilter;
import com.serviceportal.cases.CaseListChoices;
import com.serviceportal.cases.CaseRows;
import com.serviceportal.cases.CaseSearch;
import com.serviceportal.cases.CaseSort;
import com.serviceportal.cases.Severity;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.web.CaseRowsModel;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.NotFoundResponse;
import com.serviceportal.web.PageByPageRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The customer's case list ({@code /portal/cases/list.xhtml}): every case the contact may see,
 * colleagues' and sites' included, read one page at a time. Opened as a site's Cases tab
 * ({@code ?site=…}) the list starts filtered to that site.
 */
@Named
@ViewScoped
public class CaseListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseSearch caseSearch;

    @Inject
    private Feedback feedback;

    @Inject
    private NotFoundResponse notFound;

    private Long site;
    private final CaseFilter filter = new CaseFilter();
    private final CaseRowsModel cases = new Rows();
    /** The filters' lists: read again when a request finds none, so they stay out of the session. */
    private transient CaseListChoices choices;

    public void load() {
        if (site != null) {
            // a site the contact does not see is as unknown as one that does not exist
            if (getChoices().getCustomers().stream().noneMatch(c -> c.getId() == site)) {
                notFound.send();
                return;
            }
            filter.setCustomerId(site);
        }
    }

    /** The site whose Cases tab this is; {@code null} for all open cases. */
    public Long getSite() {
        return site;
    }

    public void setSite(Long site) {
        this.site = site;
    }

    /** A filter changed: the list starts again at its first page. */
    public void filter() {
        PageByPageRows.firstPage("list:cases");
    }

    public CaseFilter getFilter() {
        return filter;
    }

    public CaseRowsModel getCases() {
        return cases;
    }

    public CaseListChoices getChoices() {
        if (choices == null) {
            choices = caseSearch.choices();
        }
        return choices;
    }

    public List<Severity> getSeverities() {
        return List.of(Severity.values());
    }

    private final class Rows extends CaseRowsModel {

        private static final long serialVersionUID = 1L;

        @Override
        protected CaseRows fetch(CaseSort sort, int first, int pageSize, CaseCursor after) {
            try {
                return caseSearch.search(filter, sort, first, pageSize, after);
            } catch (BusinessException problem) {
                feedback.error(problem);
                return new CaseRows(List.of(), false);
            }
        }
    }
}
