package com.serviceportal.settings.faultcodes;

import com.serviceportal.security.Internal;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps uploaded files for the import job. Each call commits on its own, so the job (which runs in
 * its own thread and transaction) finds the file.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Internal
public class FaultCodeUploads {

    @PersistenceContext
    private EntityManager em;

    public long store(String fileName, byte[] content, String uploadedBy) {
        FaultCodeImport upload = new FaultCodeImport(fileName, content, uploadedBy, Instant.now(Clock.systemUTC()));
        em.persist(upload);
        em.flush();
        return upload.getId();
    }

    public void started(long importId, long executionId) {
        // The job may already be counting on this row: set only the execution, without reading the
        // counts or checking the version the job's chunks raise.
        em.createQuery("UPDATE FaultCodeImport i SET i.executionId = :execution WHERE i.id = :id")
                .setParameter("execution", executionId)
                .setParameter("id", importId)
                .executeUpdate();
    }

    public Optional<FaultCodeImport> find(long importId) {
        return Optional.ofNullable(em.find(FaultCodeImport.class, importId));
    }
}
