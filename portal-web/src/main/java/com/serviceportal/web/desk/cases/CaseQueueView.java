package com.serviceportal.web.desk.cases;

import com.serviceportal.cases.CaseCursor;
import com.serviceportal.cases.CaseFilter;
import com.serviceportal.cases.CaseListChoices;
import com.serviceportal.cases.CaseRows;
import com.serviceportal.cases.CaseSearch;
import com.serviceportal.cases.CaseSort;
import com.serviceportal.cases.NewCases;
import com.serviceportal.cases.Severity;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.web.CaseRowsModel;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.PageByPageRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.SortMeta;

/**
 * The desk's case queue ({@code /desk/cases/queue.xhtml}): cases of every customer, read one page
 * at a time, in the order the staff member chose last. A poll asks every few seconds whether new
 * cases arrived and refreshes the table only when some did.
 */
@Named
@ViewScoped
public class CaseQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseSearch caseSearch;

    @Inject
    private Feedback feedback;

    private final CaseFilter filter = new CaseFilter();
    private final CaseRowsModel cases = new Rows();
    private CaseListChoices choices;
    private SortMeta sortBy;
    private long seenUpTo;
    private long newestSeen;
    private long arrived;

    public void load() {
        choices = caseSearch.choices();
        sortBy = CaseRowsModel.sortMeta(caseSearch.queueSort());
        seenUpTo = caseSearch.newestCaseNumber();
        newestSeen = seenUpTo;
    }

    /** A filter changed: the queue starts again at its first page. */
    public void filter() {
        PageByPageRows.firstPage("queue:cases");
    }

    /** Called by the poll: refreshes the table and shows the cue only when new cases arrived. */
    public void checkForNew() {
        NewCases news = caseSearch.newSince(newestSeen);
        if (news.getCount() > 0) {
            arrived += news.getCount();
            newestSeen = news.getNewestNumber();
            PrimeFaces.current().ajax().update("queue:cases", "queue:arrived");
        }
    }

    /** The cue has been seen: it goes, and rows stop being marked new. */
    public void acknowledge() {
        arrived = 0;
        seenUpTo = newestSeen;
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

    public SortMeta getSortBy() {
        return sortBy;
    }

    /** Cases numbered above this arrived while the queue was open. */
    public long getSeenUpTo() {
        return seenUpTo;
    }

    /** How many new cases arrived since the queue was opened or the cue was last dismissed. */
    public long getArrived() {
        return arrived;
    }

    public long getUnassigned() {
        return CaseFilter.UNASSIGNED;
    }

    public long getMine() {
        return CaseFilter.MINE;
    }

    private final class Rows extends CaseRowsModel {

        private static final long serialVersionUID = 1L;

        @Override
        protected CaseRows fetch(CaseSort sort, int first, int pageSize, CaseCursor after) {
            try {
                return caseSearch.searchQueue(filter, sort, first, pageSize, after);
            } catch (BusinessException problem) {
                feedback.error(problem);
                return new CaseRows(List.of(), false);
            }
        }
    }
}
