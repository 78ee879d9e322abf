package com.serviceportal.web.desk.orders;

import com.serviceportal.documents.DocumentRow;
import com.serviceportal.documents.DocumentService;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * The Documents card of the desk's order page: upload a document onto the order, publish or withdraw
 * it. Published ones show on the customer's order page and the site's Documents tab.
 */
@Named
@ViewScoped
public class OrderDocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The upload form's field for each of the service's problems with one field. */
    private static final Map<String, String> UPLOAD_PROBLEM_FIELDS = Map.of("caseFiles.tooLarge", "orderFile");

    @Inject
    private DocumentService documentService;

    @Inject
    private Feedback feedback;

    private long orderId;
    private List<DocumentRow> documents = List.of();

    // The same limit as DocumentService.uploadForOrder, so the page says so beside the field.
    @Size(max = 200)
    private String title;

    private transient UploadedFile file;

    /** Reads the order's documents; called by the order page once it knows the order. */
    public void load(long orderId) {
        this.orderId = orderId;
        documents = documentService.orderDocuments(orderId);
    }

    public void upload() {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            feedback.errorBeside("orderFile", "documents.noFile");
            return;
        }
        try {
            documentService.uploadForOrder(
                    orderId, title, file.getFileName(), file.getContentType(), file.getInputStream());
            feedback.info("documents.uploaded", title);
            title = null;
            load(orderId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BusinessException e) {
            feedback.error(e, UPLOAD_PROBLEM_FIELDS);
        }
    }

    public void publish(long id, boolean published) {
        try {
            documentService.publish(id, published);
            load(orderId);
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    /** The largest file, for the hint next to the upload field. */
    public long getMaxFileBytes() {
        return DocumentService.MAX_FILE_BYTES;
    }
}
