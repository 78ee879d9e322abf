package com.serviceportal.cases.files;

import com.serviceportal.security.Internal;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every hour, deletes the files attached on a new-case form that was never saved. A timer of each
 * instance, not a persistent one: two instances deleting the same old rows do no harm, and a missed
 * hour is made up by the next.
 */
@Singleton
@Internal
public class ForgottenWaitingFiles {

    private static final Logger LOG = Logger.getLogger(ForgottenWaitingFiles.class.getName());

    @EJB
    private WaitingFileService waitingFiles;

    // The service commits on its own, so a clash with another instance arrives here.
    @Schedule(hour = "*", minute = "41", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void deleteForgotten() {
        try {
            int deleted = waitingFiles.deleteForgotten(Instant.now());
            if (deleted > 0) {
                LOG.info(() -> deleted + " waiting file(s) of new-case forms never saved deleted");
            }
        } catch (EJBException e) {
            LOG.fine(() -> "Another instance was deleting the same waiting files: " + e.getMessage());
        }
    }
}
