package com.serviceportal.web.desk.customers;

import com.serviceportal.customers.CustomerRow;
import com.serviceportal.customers.CustomerRows;
import com.serviceportal.customers.CustomerService;
import com.serviceportal.web.PageByPageRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
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
        PageByPageRows.firstPage("customers:rows");
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

    private final class Rows extends PageByPageRows<CustomerRow> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Page<CustomerRow> read(int first, int pageSize, Map<String, SortMeta> sortBy) {
            CustomerRows page = customers.search(text, first, pageSize);
            return new Page<>(page.rows(), page.hasMore());
        }

        @Override
        protected long idOf(CustomerRow row) {
            return row.id();
        }
    }
}
