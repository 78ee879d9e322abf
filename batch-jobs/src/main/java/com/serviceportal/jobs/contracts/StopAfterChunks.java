package com.serviceportal.jobs.contracts;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Stops a run after a number of chunks of one step, as an operator's stop would, when the job
 * parameters {@code stopInStep} and {@code stopAfterChunks} ask for it: how the restart from the
 * checkpoint is tested. Without them it does nothing.
 */
@Named
@Dependent
public class StopAfterChunks extends AbstractChunkListener {

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Inject
    @BatchProperty(name = "stopInStep")
    String stopInStep;

    @Inject
    @BatchProperty(name = "stopAfterChunks")
    String stopAfterChunks;

    private int chunks;

    @Override
    public void afterChunk() {
        if (stopInStep == null
                || !stopInStep.equals(step.getStepName())
                || stopAfterChunks == null
                || stopAfterChunks.isBlank()) {
            return;
        }
        if (++chunks == Integer.parseInt(stopAfterChunks.strip())) {
            BatchRuntime.getJobOperator().stop(job.getExecutionId());
        }
    }
}
