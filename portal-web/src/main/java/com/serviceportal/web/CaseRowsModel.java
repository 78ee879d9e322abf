package com.serviceportal.web;

import com.serviceportal.cases.CaseCursor;
import com.serviceportal.cases.CaseRow;
import com.serviceportal.cases.CaseRows;
import com.serviceportal.cases.CaseSort;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table of cases that reads one page at a time from the case search. The total
 * is never counted: the table knows only the pages read so far and whether one more follows, so
 * its paginator offers "next" instead of a last page. The next page continues after the last case
 * shown (the search's cursor); a page reached any other way is read from the list's start.
 */
public abstract class CaseRowsModel extends LazyDataModel<CaseRow> {

    private static final long serialVersionUID = 1L;

    private CaseSort sort = CaseSort.NEWEST_FIRST;

    /** Where the page shown was continued from, if it was: asked for again, it is read the same way. */
    private CaseCursor shownAfter;

    /** Where the page after the one shown starts. */
    private CaseCursor next;

    /**
     * The rows shown. Every request that renders the table reads its page again, so the rows are
     * kept out of the session, which a cluster replicates on every request.
     */
    private transient List<CaseRow> shown;

    /** Reads one page in the given order, after the given cursor when it is the previous page's. */
    protected abstract CaseRows fetch(CaseSort sort, int first, int pageSize, CaseCursor after);

    /** The table's column fields, as a table sort event names them. */
    public static CaseSort.Column column(String field) {
        return switch (field) {
            case "number" -> CaseSort.Column.NUMBER;
            case "summary" -> CaseSort.Column.SUMMARY;
            case "customer" -> CaseSort.Column.CUSTOMER;
            case "company" -> CaseSort.Column.COMPANY;
            case "status" -> CaseSort.Column.STATUS;
            case "severity" -> CaseSort.Column.SEVERITY;
            case "team" -> CaseSort.Column.TEAM;
            case "assignee" -> CaseSort.Column.ASSIGNEE;
            case "dueAt" -> CaseSort.Column.DUE;
            default -> CaseSort.Column.CREATED;
        };
    }

    /** The table field of a sort column; the inverse of {@link #column(String)}. */
    public static String field(CaseSort.Column column) {
        return switch (column) {
            case CREATED -> "createdAt";
            case DUE -> "dueAt";
            default -> column.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The sort as the table's {@code sortBy} attribute expects it. */
    public static SortMeta sortMeta(CaseSort sort) {
        return SortMeta.builder()
                .field(field(sort.getColumn()))
                .order(sort.isAscending() ? SortOrder.ASCENDING : SortOrder.DESCENDING)
                .build();
    }

    /** Turns the table with the given client id back to its first page, e.g. after a filter changed. */
    public static void firstPage(String tableId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId);
        ((DataTable) table).setFirst(0);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        // Unknown until a page is read; large enough that the table keeps the page it asks for.
        return Integer.MAX_VALUE;
    }

    @Override
    public List<CaseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        sort = sortBy.values().stream()
                .filter(meta -> meta.getOrder() != null && !meta.getOrder().isUnsorted())
                .findFirst()
                .map(meta ->
                        new CaseSort(column(meta.getField()), meta.getOrder().isAscending()))
                .orElse(CaseSort.NEWEST_FIRST);
        CaseCursor after = Stream.of(next, shownAfter)
                .filter(cursor -> cursor != null && cursor.opens(first))
                .findFirst()
                .orElse(null);
        CaseRows page = fetch(sort, first, pageSize, after);
        shownAfter = after;
        next = page.next();
        setRowCount(first + page.getRows().size() + (page.hasMore() ? 1 : 0));
        return page.getRows();
    }

    @Override
    public void setWrappedData(Object rows) {
        @SuppressWarnings("unchecked")
        List<CaseRow> page = (List<CaseRow>) rows;
        shown = page;
    }

    @Override
    public List<CaseRow> getWrappedData() {
        return shown == null ? List.of() : shown;
    }

    @Override
    public boolean isRowAvailable() {
        return shown != null && getRowIndex() >= 0 && getRowIndex() < shown.size();
    }

    @Override
    public CaseRow getRowData() {
        return shown.get(getRowIndex());
    }

    @Override
    public String getRowKey(CaseRow row) {
        return Long.toString(row.getId());
    }

    @Override
    public CaseRow getRowData(String rowKey) {
        return getWrappedData().stream()
                .filter(row -> getRowKey(row).equals(rowKey))
                .findFirst()
                .orElse(null);
    }

    /** The order of the page read last. */
    public CaseSort getSort() {
        return sort;
    }
}
