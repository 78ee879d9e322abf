package com.serviceportal.web.desk.documents;

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
 * The desk's documents ({@code /desk/documents/list.xhtml}): every document or one account's, a
 * form to upload one onto a customer or site, and publish / withdraw per document.
 */
@Named
@ViewScoped
public class DocumentDeskView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The upload form's field for each of the service's problems with one field. */
    private static final Map<String, String> UPLOAD_PROBLEM_FIELDS =
            Map.of("documents.unknownAccount", "account", "caseFiles.tooLarge", "file");

    @Inject
    private DocumentService documentService;

    @Inject
    private Feedback feedback;

    private String account;
    private List<DocumentRow> documents = List.of();

    private String uploadAccount;
    // The same limit as DocumentService.upload, so the page says so beside the field.
    @Size(max = 200)
    private String title;

    private transient UploadedFile file;

    public void load() {
        documents = documentService.deskDocuments(account);
    }

    public void upload() {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            feedback.errorBeside("file", "documents.noFile");
            return;
        }
        try {
            documentService.upload(
                    uploadAccount, title, file.getFileName(), file.getContentType(), file.getInputStream());
            feedback.info("documents.uploaded", title);
            title = null;
            load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BusinessException e) {
            feedback.error(e, UPLOAD_PROBLEM_FIELDS);
        }
    }

    public void publish(long id, boolean published) {
        try {
            documentService.publish(id, published);
            load();
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }

    public String getUploadAccount() {
        return uploadAccount;
    }

    public void setUploadAccount(String uploadAccount) {
        this.uploadAccount = uploadAccount;
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
    public long getMaxMegabytes() {
        return DocumentService.MAX_FILE_BYTES / (1024 * 1024);
    }
}
