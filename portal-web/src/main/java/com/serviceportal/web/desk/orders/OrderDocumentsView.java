package com.serviceportal.web.desk.orders;

import com.serviceportal.documents.DocumentRow;
import com.serviceportal.web.desk.documents.DocumentUploads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
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

    /** The order page's own view, whose order (its {@code ?id=}) the documents belong to. */
    @Inject
    private OrderWorkView orderWork;

    private List<DocumentRow> documents;

    @Override
    protected void file(String title, UploadedFile file) throws IOException {
        documentService.uploadForOrder(
                orderWork.getId(), title, file.getFileName(), file.getContentType(), file.getInputStream());
    }

    @Override
    protected void reload() {
        documents = null;
    }

    @Override
    protected String fileField() {
        return "orderFile";
    }

    @Override
    protected Map<String, String> problemFields() {
        return Map.of("caseFiles.tooLarge", fileField());
    }

    /** The order's documents, read once per view and again after each change. */
    public List<DocumentRow> getDocuments() {
        if (documents == null) {
            documents = documentService.orderDocuments(orderWork.getId());
        }
        return documents;
    }
}
