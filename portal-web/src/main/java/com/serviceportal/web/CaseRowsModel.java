package com.serviceportal.web;

import com.serviceportal.cases.CaseCursor;
import com.serviceportal.cases.CaseRow;
import com.serviceportal.cases.CaseRows;
import com.serviceportal.cases.CaseSort;
import java.util.Map;
import java.util.stream.Stream;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table of cases, read a page at a time from the case search in the order of the column the
 * user sorted by. The next page continues after the last case shown (the search's cursor); a page
 * reached any other way is read from the list's start.
 */
public abstract class CaseRowsModel extends PageByPageRows<CaseRow> {

    private static final long serialVersionUID = 1L;

    private CaseSort sort = CaseSort.NEWEST_FIRST;

    /** Where the page shown was continued from, if it was: asked for again, it is read the same way. */
    private CaseCursor shownAfter;

    /** Where the page after the one shown starts. */
    private CaseCursor next;

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

    @Override
    protected Page<CaseRow> read(int first, int pageSize, Map<String, SortMeta> sortBy) {
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
        return new Page<>(page.getRows(), page.hasMore());
    }

    @Override
    protected long idOf(CaseRow row) {
        return row.getId();
    }

    /**
     * Takes back the cursors a page without server state carried ({@link #getShownAfterText()},
     * {@link #getNextText()}); text that is no cursor reads that page from the list's start.
     */
    public void carried(String shownAfterText, String nextText) {
        shownAfter = CaseCursor.fromText(shownAfterText);
        next = CaseCursor.fromText(nextText);
    }

    /** Where the page shown was continued from, as text; empty when it was read from the start. */
    public String getShownAfterText() {
        return shownAfter == null ? "" : shownAfter.toText();
    }

    /** Where the page after the one shown starts, as text; empty when none follows. */
    public String getNextText() {
        return next == null ? "" : next.toText();
    }

    /** The order of the page read last. */
    public CaseSort getSort() {
        return sort;
    }
}
