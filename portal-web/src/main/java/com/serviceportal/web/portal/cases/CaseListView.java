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
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.primefaces.model.SortMeta;

/**
 * The customer's case list ({@code /portal/cases/list.xhtml}): every case the contact may see,
 * colleagues' and sites' included, read one page at a time. Opened as a site's Cases tab
 * ({@code ?site=…}) the list starts filtered to that site.
 *
 * <p>The page keeps no state on the server (decision 0045): it is the page customers open most, and
 * each opening kept a view in the session, which a cluster replicates.
 * Each filter, sort or page request therefore brings the whole list's state with it: every filter
 * (the form is processed whole), the site and the order shown (hidden fields).
 */
@Named
@RequestScoped
public class CaseListView {

    /** The hidden field that carries the order shown, as {@code field:asc} or {@code field:desc}. */
    static final String SORT_PARAMETER = "sort";

    /** The hidden fields that carry where the page shown was continued from, and the next one starts. */
    static final String AFTER_PARAMETER = "after";

    static final String NEXT_PARAMETER = "next";

    /** The table's client id, under which it sends a click on a column's header. */
    private static final String TABLE = "list:cases";

    @Inject
    private CaseSearch caseSearch;

    @Inject
    private Feedback feedback;

    @Inject
    private NotFoundResponse notFound;

    private Long site;
    private final CaseFilter filter = new CaseFilter();
    private final CaseRowsModel cases = new Rows();
    private CaseListChoices choices;
    /** The order the page shown was in; the newest first on a new page. */
    private CaseSort shownSort = CaseSort.NEWEST_FIRST;

    private String detailPath;

    /** Takes back what the page shown carried: its order and where its pages start. */
    @PostConstruct
    void readWhatThePageCarried() {
        Map<String, String> carried =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String sort = carried.get(SORT_PARAMETER);
        if (sort != null && sort.matches("[A-Za-z]+:(asc|desc)")) {
            String[] parts = sort.split(":");
            shownSort = new CaseSort(CaseRowsModel.column(parts[0]), parts[1].equals("asc"));
        }
        // a click on a column's header: the table's own state is not kept between requests, so its
        // order is the one the click asks for
        String clicked = carried.get(TABLE + "_sortKey");
        String direction = carried.get(TABLE + "_sortDir");
        if (carried.containsKey(TABLE + "_sorting") && clicked != null && direction != null) {
            String field = clicked.substring(clicked.lastIndexOf(':') + 1);
            shownSort = direction.equals("0")
                    ? CaseSort.NEWEST_FIRST
                    : new CaseSort(CaseRowsModel.column(field), !direction.startsWith("-"));
        }
        cases.carried(carried.get(AFTER_PARAMETER), carried.get(NEXT_PARAMETER));
    }

    public void load() {
        // Transient before the page is built, not only once it is: PrimeFaces would otherwise start a
        // view map for its script nonce, which the session keeps.
        FacesContext.getCurrentInstance().getViewRoot().setTransient(true);
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

    /**
     * The address of a case's page without its number, the site's Cases tab kept: written once per
     * request, not worked out again in each of the page's rows.
     */
    public String getDetailPath() {
        if (detailPath == null) {
            detailPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                    + "/portal/cases/detail.xhtml?" + (site == null ? "" : "site=" + site + "&")
                    + "number=";
        }
        return detailPath;
    }

    /** A filter changed: the list starts again at its first page. */
    public void filter() {
        PageByPageRows.firstPage(TABLE);
    }

    public CaseFilter getFilter() {
        return filter;
    }

    public CaseRowsModel getCases() {
        return cases;
    }

    /** The table's order before this request's sort event, if any: the one the page showed. */
    public SortMeta getShownSort() {
        return CaseRowsModel.sortMeta(shownSort);
    }

    /** The order of the rows now shown, for the hidden field that brings it back. */
    public String getSortShown() {
        CaseSort sort = cases.getSort();
        return CaseRowsModel.field(sort.getColumn()) + ":" + (sort.isAscending() ? "asc" : "desc");
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
