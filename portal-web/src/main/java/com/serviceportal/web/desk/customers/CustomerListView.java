package com.serviceportal.web.desk.customers;

import com.serviceportal.customers.CustomerRow;
import com.serviceportal.customers.CustomerRows;
import com.serviceportal.customers.CustomerService;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The desk's customers ({@code /desk/customers/list.xhtml}): companies and sites found by name,
 * account number or city, read a page at a time.
 */
@Named
@ViewScoped
public class CustomerListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CustomerService customers;

    private final Rows rows = new Rows();
    private String text;

    /** The search changed: the table starts again at its first page. */
    public void find() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent("customers:rows");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LazyDataModel<CustomerRow> getRows() {
        return rows;
    }

    /** Reads one page at a time; the total is never counted, the paginator offers "next". */
    private final class Rows extends LazyDataModel<CustomerRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Integer.MAX_VALUE;
        }

        @Override
        public List<CustomerRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            CustomerRows page = customers.search(text, first, pageSize);
            setRowCount(first + page.rows().size() + (page.hasMore() ? 1 : 0));
            return page.rows();
        }

        @Override
        public String getRowKey(CustomerRow row) {
            return Long.toString(row.id());
        }

        @Override
        public CustomerRow getRowData(String rowKey) {
            return getWrappedData().stream()
                    .filter(row -> getRowKey(row).equals(rowKey))
                    .findFirst()
                    .orElse(null);
        }
    }
}
