package com.serviceportal.cases.files;

import com.serviceportal.cases.Case;
import com.serviceportal.platform.FileDownload;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.AccessScope;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.security.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Folders and files of a case, for whoever may see the case: a customer contact reaches only the
 * files of its customers' cases, staff reach all. A case, folder or file outside the caller's scope
 * answers exactly like one that does not exist.
 */
@Stateless
@Allowed(Audience.SIGNED_IN)
public class CaseFileService {

    /** The most one file may hold: 10 MB. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    static final String UNKNOWN_TYPE = "application/octet-stream";
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9.+_-]*/[a-z0-9][a-z0-9.+_-]*");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    /** Every folder and file of a case, without reading any file's bytes. */
    public CaseFiles list(long caseId) {
        Case serviceCase = visibleCase(caseId);
        List<CaseFolder> folders = em.createQuery(
                        "SELECT f FROM CaseFolder f WHERE f.serviceCase = :case ORDER BY f.name, f.id",
                        CaseFolder.class)
                .setParameter("case", serviceCase)
                .getResultList();
        List<FileListing> files = em.createQuery(
                        "SELECT f FROM CaseFile f WHERE f.serviceCase = :case ORDER BY f.fileName, f.id",
                        CaseFile.class)
                .setParameter("case", serviceCase)
                .getResultStream()
                .map(f -> new FileListing(
                        f.getId(),
                        f.getFolder() == null ? null : f.getFolder().getId(),
                        f.getFileName(),
                        f.getContentType(),
                        f.getSize(),
                        f.getUploadedBy(),
                        f.getUploadedAt()))
                .toList();
        return new CaseFiles(treeOrder(folders), files);
    }

    /**
     * Creates a folder at the top of the case, or inside one of its folders.
     *
     * @return the new folder's id
     */
    public long newFolder(long caseId, Long parentFolderId, String name) {
        Case serviceCase = visibleCase(caseId);
        CaseFolder parent = parentFolderId == null ? null : folderOf(serviceCase, parentFolderId);
        String folderName = name == null ? "" : name.strip();
        if (folderName.isEmpty()) {
            throw new FolderNameException("caseFiles.folderNameMissing");
        }
        if (folderName.length() > CaseFolder.NAME_MAX) {
            throw new FolderNameException("caseFiles.folderNameTooLong", CaseFolder.NAME_MAX);
        }
        if (!folderName.equals(FileName.of(folderName))) {
            throw new FolderNameException("caseFiles.folderNameInvalid", CaseFolder.NAME_MAX);
        }
        String sameLevel = parent == null ? "f.parent IS NULL" : "f.parent = :parent";
        var sameName = em.createQuery(
                        "SELECT COUNT(f) FROM CaseFolder f WHERE f.serviceCase = :case AND " + sameLevel
                                + " AND LOWER(f.name) = :name",
                        Long.class)
                .setParameter("case", serviceCase)
                .setParameter("name", folderName.toLowerCase(Locale.ROOT));
        if (parent != null) {
            sameName.setParameter("parent", parent);
        }
        boolean taken = sameName.getSingleResult() > 0;
        if (taken) {
            throw new FolderNameException("caseFiles.folderExists", folderName);
        }
        CaseFolder folder = new CaseFolder(serviceCase, parent, folderName, now());
        em.persist(folder);
        return folder.getId();
    }

    /**
     * Stores a file in a folder of the case, or at its top. A file over {@link #MAX_FILE_BYTES} is
     * refused before anything is stored, whatever size the browser claimed; the name is made safe
     * by {@link FileName}.
     *
     * @return the file's id
     */
    public long upload(long caseId, Long folderId, String fileName, String contentType, @NotNull InputStream content) {
        Case serviceCase = visibleCase(caseId);
        CaseFolder folder = folderId == null ? null : folderOf(serviceCase, folderId);
        String name = FileName.of(fileName);
        byte[] bytes = readAtMostLimit(content, name);
        UserAccount uploader = em.find(UserAccount.class, caller.scope().accountId());
        CaseFile file = new CaseFile(
                serviceCase, folder, name, mediaType(contentType), bytes.length, uploader.getDisplayName(), now());
        em.persist(file);
        em.persist(new CaseFileContent(file, bytes));
        return file.getId();
    }

    /** A file's name, type and bytes, if the caller may see its case. */
    public FileDownload download(long fileId) {
        CaseFile file = em.find(CaseFile.class, fileId);
        if (file == null || !seesCase(caller.scope(), file.getServiceCase())) {
            throw new NotFoundException();
        }
        CaseFileContent content = em.find(CaseFileContent.class, fileId);
        if (content == null) {
            throw new NotFoundException();
        }
        return new FileDownload(file.getFileName(), file.getContentType(), content.getContent());
    }

    private Case visibleCase(long caseId) {
        AccessScope scope = caller.scope();
        Case serviceCase = em.find(Case.class, caseId);
        if (serviceCase == null || !seesCase(scope, serviceCase)) {
            throw new NotFoundException();
        }
        return serviceCase;
    }

    private static boolean seesCase(AccessScope scope, Case serviceCase) {
        Long raisedBy = serviceCase.getRaisedBy() == null
                ? null
                : serviceCase.getRaisedBy().getId();
        return scope.seesCase(serviceCase.getCustomer().getId(), raisedBy);
    }

    /** A folder of this very case; a folder of another case is as unknown as a missing one. */
    private CaseFolder folderOf(Case serviceCase, long folderId) {
        CaseFolder folder = em.find(CaseFolder.class, folderId);
        if (folder == null || !folder.getServiceCase().getId().equals(serviceCase.getId())) {
            throw new NotFoundException();
        }
        return folder;
    }

    static byte[] readAtMostLimit(InputStream content, String name) {
        try (content) {
            byte[] bytes = content.readNBytes(Math.toIntExact(MAX_FILE_BYTES + 1));
            if (bytes.length > MAX_FILE_BYTES) {
                throw new FileTooLargeException(name);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser's media type when it is a well-formed one, else "some bytes". */
    static String mediaType(String sent) {
        if (sent == null) {
            return UNKNOWN_TYPE;
        }
        String type = sent.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.length() <= 120 && MEDIA_TYPE.matcher(type).matches() ? type : UNKNOWN_TYPE;
    }

    /** Parents before their children and each level by name, with each folder's full path. */
    private static List<FolderListing> treeOrder(List<CaseFolder> byName) {
        Map<Long, List<CaseFolder>> children = new HashMap<>();
        for (CaseFolder folder : byName) {
            Long parentId =
                    folder.getParent() == null ? null : folder.getParent().getId();
            children.computeIfAbsent(parentId, k -> new ArrayList<>()).add(folder);
        }
        List<FolderListing> ordered = new ArrayList<>();
        addLevel(children, null, "", ordered);
        return ordered;
    }

    private static void addLevel(
            Map<Long, List<CaseFolder>> children, Long parentId, String parentPath, List<FolderListing> ordered) {
        List<CaseFolder> level = new ArrayList<>(children.getOrDefault(parentId, List.of()));
        level.sort(Comparator.comparing(CaseFolder::getName, String.CASE_INSENSITIVE_ORDER));
        for (CaseFolder folder : level) {
            String path = parentPath.isEmpty() ? folder.getName() : parentPath + " / " + folder.getName();
            ordered.add(new FolderListing(folder.getId(), parentId, folder.getName(), path));
            addLevel(children, folder.getId(), path, ordered);
        }
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
