package com.serviceportal.web.desk.documents;

import com.serviceportal.documents.DocumentService;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.web.Feedback;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * A desk page that uploads documents and publishes or withdraws them: the upload form's title and
 * file, and what follows each change. Where a document is filed is the page's own.
 */
public abstract class DocumentUploads implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected DocumentService documentService;

    @Inject
    protected Feedback feedback;

    // The same limit as DocumentService's uploads, so the page says so beside the field.
    @Size(max = 200)
    private String title;

    private transient UploadedFile file;

    /** Files the chosen file under the title, through the service. */
    protected abstract void file(String title, UploadedFile file) throws IOException;

    /** Reads the page's documents again after a change. */
    protected abstract void reload();

    /** The field of the upload form each of the service's problems concerns. */
    protected abstract Map<String, String> problemFields();

    /** The id of the upload form's file field. */
    protected abstract String fileField();

    public void upload() {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            feedback.errorBeside(fileField(), "documents.noFile");
            return;
        }
        try {
            file(title, file);
            feedback.info("documents.uploaded", title);
            title = null;
            reload();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BusinessException e) {
            feedback.error(e, problemFields());
        }
    }

    public void publish(long id, boolean published) {
        try {
            documentService.publish(id, published);
            reload();
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    /** The largest file the service keeps; the page refuses a larger one before sending it. */
    public long getMaxFileBytes() {
        return DocumentService.MAX_FILE_BYTES;
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
