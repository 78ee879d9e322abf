package com.serviceportal.web.desk.contacts;

import com.serviceportal.customers.ContactFile;
import com.serviceportal.customers.ContactRow;
import com.serviceportal.customers.ContactRows;
import com.serviceportal.customers.ContactSearch;
import com.serviceportal.customers.ContactService;
import com.serviceportal.customers.ExportFormat;
import com.serviceportal.platform.Choice;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.PageByPageRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The desk's contacts ({@code /desk/contacts/list.xhtml}): search by any field, creation dates and a
 * custom field's value, among active or deleted contacts, read a page at a time; the result exported
 * to Excel or CSV.
 */
@Named
@ViewScoped
public class ContactListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContactService contacts;

    @Inject
    private Feedback feedback;

    private final ContactSearch search = new ContactSearch();
    private final Rows rows = new Rows();
    private List<Choice> fields;

    public void load() {
        fields = contacts.searchFields();
    }

    /** The search changed: the table starts again at its first page. */
    public void find() {
        PageByPageRows.firstPage("contacts:rows");
    }

    public StreamedContent getExcel() {
        return download(ExportFormat.EXCEL);
    }

    public StreamedContent getCsv() {
        return download(ExportFormat.CSV);
    }

    private StreamedContent download(ExportFormat format) {
        List<String> headers = Stream.of(
                        "contact.name",
                        "contact.email",
                        "contact.username",
                        "contact.webAccess",
                        "contact.customer",
                        "contact.company",
                        "contact.phone",
                        "contact.mobile",
                        "contact.city",
                        "contact.country",
                        "contact.createdAt",
                        "contact.lastLogin")
                .map(feedback::text)
                .toList();
        return DefaultStreamedContent.builder().name(format.fileName()).contentType(format.contentType()).stream(() -> {
                    ContactFile file = contacts.export(search, format, headers);
                    return new ByteArrayInputStream(file.content());
                })
                .build();
    }

    public ContactSearch getSearch() {
        return search;
    }

    public LazyDataModel<ContactRow> getRows() {
        return rows;
    }

    public List<Choice> getFields() {
        return fields;
    }

    private final class Rows extends PageByPageRows<ContactRow> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Page<ContactRow> read(int first, int pageSize, Map<String, SortMeta> sortBy) {
            ContactRows page = contacts.search(search, first, pageSize);
            return new Page<>(page.rows(), page.hasMore());
        }

        @Override
        protected long idOf(ContactRow row) {
            return row.id();
        }
    }
}
