package com.serviceportal.web.cases;

import com.serviceportal.cases.files.CaseFileService;
import com.serviceportal.cases.files.CaseFiles;
import com.serviceportal.cases.files.FileListing;
import com.serviceportal.cases.files.FolderListing;
import com.serviceportal.cases.files.FolderNameException;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.web.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.primefaces.model.file.UploadedFile;

/**
 * The files of one case, on the case page that includes the {@code caseFiles} tag: the folder
 * tree, a new folder, uploads into a chosen folder and the download links.
 */
@Named
@ViewScoped
public class CaseFilesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseFileService fileService;

    @Inject
    private Feedback feedback;

    private Long caseId;
    private String downloadUrl;
    private TreeNode<FileRow> tree;
    private boolean noFilesYet = true;
    private List<FolderListing> folders = List.of();

    private String newFolderName;
    private Long newFolderParentId;
    private Long uploadFolderId;

    /** Shows the files of the page's case; the tag calls it before every rendering. */
    public void open(Long caseId) {
        if (caseId == null || caseId.equals(this.caseId)) {
            return;
        }
        this.caseId = caseId;
        FacesContext faces = FacesContext.getCurrentInstance();
        String area = faces.getViewRoot().getViewId().startsWith("/desk/") ? "/desk" : "/portal";
        downloadUrl = faces.getExternalContext().getRequestContextPath() + area + "/cases/file";
        refresh();
    }

    public void createFolder() {
        try {
            long created = fileService.newFolder(caseId, newFolderParentId, newFolderName);
            feedback.info("caseFiles.folderCreated", newFolderName.strip());
            newFolderName = null;
            uploadFolderId = created;
        } catch (FolderNameException e) {
            // Beside the name, which keeps what was typed.
            feedback.errorAt("caseFilesForm:folderName", e.getMessageKey(), e.getArguments());
        } catch (BusinessException e) {
            feedback.error(e);
        }
        refresh();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            fileService.upload(
                    caseId, uploadFolderId, file.getFileName(), file.getContentType(), file.getInputStream());
            feedback.info("caseFiles.uploaded", file.getFileName());
        } catch (BusinessException e) {
            feedback.error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresh();
    }

    private void refresh() {
        CaseFiles files = fileService.list(caseId);
        folders = files.folders();
        noFilesYet = files.isEmpty();
        TreeNode<FileRow> root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<FileRow>> folderNodes = new HashMap<>();
        for (FolderListing folder : folders) {
            TreeNode<FileRow> parent = folder.parentId() == null ? root : folderNodes.get(folder.parentId());
            TreeNode<FileRow> node = new DefaultTreeNode<>(
                    "folder", new FileRow(folder.id(), true, folder.name(), 0, null, null), parent);
            node.setExpanded(true);
            folderNodes.put(folder.id(), node);
        }
        for (FileListing file : files.files()) {
            TreeNode<FileRow> parent = file.folderId() == null ? root : folderNodes.get(file.folderId());
            new DefaultTreeNode<>(
                    "file",
                    new FileRow(file.id(), false, file.name(), file.size(), file.uploadedBy(), file.uploadedAt()),
                    parent);
        }
        tree = root;
    }

    public TreeNode<FileRow> getTree() {
        return tree;
    }

    public boolean isNoFilesYet() {
        return noFilesYet;
    }

    public List<FolderListing> getFolders() {
        return folders;
    }

    public String getDownloadUrl() {
        return downloadUrl;
    }

    /** The largest file, for the upload component's check in the browser. */
    public long getMaxFileBytes() {
        return CaseFileService.MAX_FILE_BYTES;
    }

    public String getNewFolderName() {
        return newFolderName;
    }

    public void setNewFolderName(String newFolderName) {
        this.newFolderName = newFolderName;
    }

    public Long getNewFolderParentId() {
        return newFolderParentId;
    }

    public void setNewFolderParentId(Long newFolderParentId) {
        this.newFolderParentId = newFolderParentId;
    }

    public Long getUploadFolderId() {
        return uploadFolderId;
    }

    public void setUploadFolderId(Long uploadFolderId) {
        this.uploadFolderId = uploadFolderId;
    }
}
