package com.serviceportal.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless only a restart can help: threads deadlocked on each other. It asks nothing of the
 * database or the mail server, so their outage (which readiness reports) never restarts every
 * instance at once. The heap in use is shown for the operator.
 *
 * <p>It lives in the web module because Payara turns MicroProfile Health on for an application only
 * when a WAR holds a check; the readiness checks of the EJB module are then found as well.
 */
@Liveness
@ApplicationScoped
public class ThreadLiveness implements HealthCheck {

    static final String NAME = "threads";

    @Override
    public HealthCheckResponse call() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] deadlocked = threads.findDeadlockedThreads();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .status(deadlocked == null)
                .withData("deadlocked", deadlocked == null ? 0 : deadlocked.length)
                .withData("heapUsedMB", heap.getUsed() / (1024 * 1024));
        if (heap.getMax() > 0) {
            response.withData("heapMaxMB", heap.getMax() / (1024 * 1024));
        }
        return response.build();
    }
}
