package com.serviceportal.jobs;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * One execution of a nightly job as the jobs screen lists it; a restart is an execution of its own.
 *
 * @param executionId the batch runtime's execution id
 * @param job the job
 * @param status the batch status: STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED,
 *     or INTERRUPTED for a run its server died under (see {@link InterruptedRuns})
 * @param startedAt when it started, {@code null} while it waits to start
 * @param endedAt when it ended, {@code null} while it runs
 * @param duration from start to end, or to now while it runs
 * @param read rows read by all its steps
 * @param written rows written
 * @param skipped rows skipped, e.g. a second contract for a customer that stays pending
 * @param restartable whether it stopped or failed and is the latest run of its instance, so it can
 *     continue from its checkpoint
 */
public record JobRun(
        long executionId,
        NightlyJob job,
        String status,
        Instant startedAt,
        Instant endedAt,
        Duration duration,
        long read,
        long written,
        long skipped,
        boolean restartable)
        implements Serializable {

    public boolean isRunning() {
        return endedAt == null;
    }
}
