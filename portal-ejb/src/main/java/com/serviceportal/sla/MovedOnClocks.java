package com.serviceportal.sla;

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
 * Every minute, restarts the clocks that a status change outside the case service left stopped (the
 * nightly contract activation moves cases in SQL). Each instance of a cluster may run it: a case two
 * instances restart at once is saved by one and refused to the other by its version.
 */
@Singleton
@Internal
public class MovedOnClocks {

    private static final Logger LOG = Logger.getLogger(MovedOnClocks.class.getName());
    private static final int PER_MINUTE = 500;

    @EJB
    private CaseClock clock;

    // The clock service commits on its own, so a conflict with another instance arrives here.
    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void restart() {
        try {
            int restarted = clock.restartMovedOn(Instant.now(), PER_MINUTE);
            if (restarted > 0) {
                LOG.info(() -> "Service-level clock restarted for " + restarted + " case(s) moved on");
            }
        } catch (EJBException e) {
            LOG.fine(() -> "Another instance restarted the same clocks: " + e.getMessage());
        }
    }
}
