package com.serviceportal.cases.files;

import com.serviceportal.cases.Case;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import com.serviceportal.security.Internal;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Files attached on the new-case form while the case is being written. Each waits in the database,
 * owned by the account that uploaded it, so the form keeps only ids and the save may reach any
 * instance of a cluster. Raising the case moves them into its files; a file nobody saved is deleted
 * after {@link #KEPT_FOR}. Only the uploading account reaches a waiting file: any other id answers
 * like a missing one. The form reaches it through {@code CaseService}, the one service of the form.
 */
@Stateless
@Internal
public class WaitingFileService {

    /** How long a file waits for its case to be saved. */
    public static final Duration KEPT_FOR = Duration.ofHours(24);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    /**
     * Keeps a file for the case the caller is writing. Refused like a file of a case: over
     * {@link CaseFileService#MAX_FILE_BYTES} before anything is stored, and its name made safe by
     * {@link FileName}; a file of no bytes is refused too.
     */
    public WaitingFileListing upload(String fileName, String contentType, @NotNull InputStream content) {
        long account = caller.scope().accountId();
        String name = FileName.of(fileName);
        byte[] bytes = CaseFileService.readAtMostLimit(content, name);
        if (bytes.length == 0) {
            throw new EmptyFileException(name);
        }
        WaitingFile file = new WaitingFile(account, name, CaseFileService.mediaType(contentType), bytes, now());
        em.persist(file);
        return new WaitingFileListing(file.getId(), file.getFileName(), file.getSize());
    }

    /** The caller's files among these ids that still wait, in the order of the ids. */
    public List<WaitingFileListing> stillWaiting(@NotNull List<Long> ids) {
        Map<Long, WaitingFileListing> waiting = listingsOf(caller.scope().accountId(), ids);
        return ids.stream().distinct().map(waiting::get).filter(f -> f != null).toList();
    }

    /** Removes one of the caller's waiting files; any other id is not found. */
    public void remove(long id) {
        int removed = em.createQuery("DELETE FROM WaitingFile w WHERE w.id = :id AND w.accountId = :account")
                .setParameter("id", id)
                .setParameter("account", caller.scope().accountId())
                .executeUpdate();
        if (removed == 0) {
            throw new NotFoundException();
        }
    }

    /**
     * Moves the account's waiting files into the top of a new case, in the caller's transaction: the
     * bytes are copied inside the database, never read into memory. Any id that is not a waiting
     * file of this account refuses the whole save, which rolls back and leaves every file waiting.
     */
    public void attach(Case serviceCase, Collection<Long> ids, long accountId, String uploadedBy) {
        List<Long> distinct = ids.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return;
        }
        List<Object[]> waiting = em.createQuery(
                        "SELECT w.id, w.fileName, w.contentType, w.size, w.uploadedAt FROM WaitingFile w"
                                + " WHERE w.accountId = :account AND w.id IN :ids",
                        Object[].class)
                .setParameter("account", accountId)
                .setParameter("ids", distinct)
                .getResultList();
        if (waiting.size() != distinct.size()) {
            throw new FileNotWaitingException();
        }
        Map<Long, CaseFile> moved = new HashMap<>();
        for (Object[] row : waiting) {
            CaseFile file = new CaseFile(
                    serviceCase, null, (String) row[1], (String) row[2], (Long) row[3], uploadedBy, (Instant) row[4]);
            em.persist(file);
            moved.put((Long) row[0], file);
        }
        // The content rows refer to the files' rows, which must be written first.
        em.flush();
        moved.forEach((waitingId, caseFile) -> em.createNativeQuery(
                        "INSERT INTO case_file_content (file_id, content) SELECT ?, content FROM waiting_file WHERE id = ?")
                .setParameter(1, caseFile.getId())
                .setParameter(2, waitingId)
                .executeUpdate());
        int removed = em.createQuery("DELETE FROM WaitingFile w WHERE w.accountId = :account AND w.id IN :ids")
                .setParameter("account", accountId)
                .setParameter("ids", distinct)
                .executeUpdate();
        if (removed != distinct.size()) {
            // another save (a second window) took some of them meanwhile
            throw new FileNotWaitingException();
        }
    }

    /** Deletes the files that waited longer than {@link #KEPT_FOR} for a case nobody saved. */
    public int deleteForgotten(Instant now) {
        return em.createQuery("DELETE FROM WaitingFile w WHERE w.uploadedAt < :before")
                .setParameter("before", now.minus(KEPT_FOR))
                .executeUpdate();
    }

    private Map<Long, WaitingFileListing> listingsOf(long accountId, List<Long> ids) {
        if (ids.isEmpty()) {
            // SQL Server refuses IN ()
            return Map.of();
        }
        return em.createQuery(
                        "SELECT NEW com.serviceportal.cases.files.WaitingFileListing(w.id, w.fileName, w.size)"
                                + " FROM WaitingFile w WHERE w.accountId = :account AND w.id IN :ids",
                        WaitingFileListing.class)
                .setParameter("account", accountId)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(WaitingFileListing::id, Function.identity()));
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
