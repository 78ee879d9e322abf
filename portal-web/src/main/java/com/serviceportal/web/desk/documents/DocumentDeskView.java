package com.serviceportal.web.desk.documents;

import com.serviceportal.documents.DocumentRow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * The desk's documents ({@code /desk/documents/list.xhtml}): every document or one account's, a
 * form to upload one onto a customer or site, and publish / withdraw per document.
 */
@Named
@ViewScoped
public class DocumentDeskView extends DocumentUploads {

    private static final long serialVersionUID = 1L;

    private String account;
    private List<DocumentRow> documents = List.of();
    private String uploadAccount;

    public void load() {
        documents = documentService.deskDocuments(account);
    }

    @Override
    protected void file(String title, UploadedFile file) throws IOException {
        documentService.upload(uploadAccount, title, file.getFileName(), file.getContentType(), file.getInputStream());
    }

    @Override
    protected void reload() {
        load();
    }

    @Override
    protected String fileField() {
        return "file";
    }

    @Override
    protected Map<String, String> problemFields() {
        return Map.of("documents.unknownAccount", "account", "caseFiles.tooLarge", fileField());
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
}
