package com.serviceportal.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table that reads one page at a time from a service which says whether another
 * page follows. The total is never counted (docs/decisions/0012-case-lists-without-totals.md): the
 * table knows only the pages read so far and whether one more follows, so its paginator offers
 * "next" instead of a last page.
 *
 * <p>The rows shown stay out of the session, which a cluster replicates on every request: each
 * request that renders the table reads its page again.
 */
public abstract class PageByPageRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private transient List<T> shown;

    /** One page read, and whether another follows. */
    public record Page<T>(List<T> rows, boolean more) {}

    /** Reads the page starting at row {@code first}, in the order the table asks for. */
    protected abstract Page<T> read(int first, int pageSize, Map<String, SortMeta> sortBy);

    /** The row's id, which the table keys its rows by. */
    protected abstract long idOf(T row);

    /** Turns the table with the given client id back to its first page, e.g. after a filter changed. */
    public static void firstPage(String tableId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        // Unknown until a page is read; large enough that the table keeps the page it asks for.
        return Integer.MAX_VALUE;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = read(first, pageSize, sortBy);
        setRowCount(first + page.rows().size() + (page.more() ? 1 : 0));
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return Long.toString(idOf(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData().stream()
                .filter(row -> getRowKey(row).equals(rowKey))
                .findFirst()
                .orElse(null);
    }

    @Override
    public void setWrappedData(Object rows) {
        @SuppressWarnings("unchecked")
        List<T> page = (List<T>) rows;
        shown = page;
    }

    @Override
    public List<T> getWrappedData() {
        return shown == null ? List.of() : shown;
    }

    @Override
    public boolean isRowAvailable() {
        return shown != null && getRowIndex() >= 0 && getRowIndex() < shown.size();
    }

    @Override
    public T getRowData() {
        return shown.get(getRowIndex());
    }
}
