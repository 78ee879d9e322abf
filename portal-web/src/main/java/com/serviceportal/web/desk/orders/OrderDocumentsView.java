package com.serviceportal.web.desk.orders;

import com.serviceportal.documents.DocumentRow;
import com.serviceportal.web.desk.documents.DocumentUploads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * The Documents card of the desk's order page: upload a document onto the order, publish or withdraw
 * it. Published ones show on the customer's order page and the site's Documents tab.
 */
@Named
@ViewScoped
public class OrderDocumentsView extends DocumentUploads {

    private static final long serialVersionUID = 1L;

    private long orderId;
    private List<DocumentRow> documents = List.of();

    /** Reads the order's documents; called by the order page once it knows the order. */
    public void load(long orderId) {
        this.orderId = orderId;
        documents = documentService.orderDocuments(orderId);
    }

    @Override
    protected void file(String title, UploadedFile file) throws IOException {
        documentService.uploadForOrder(
                orderId, title, file.getFileName(), file.getContentType(), file.getInputStream());
    }

    @Override
    protected void reload() {
        load(orderId);
    }

    @Override
    protected String fileField() {
        return "orderFile";
    }

    @Override
    protected Map<String, String> problemFields() {
        return Map.of("caseFiles.tooLarge", fileField());
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }
}
