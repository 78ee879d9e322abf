package com.serviceportal.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/** Reads the runs of the nightly jobs from the batch runtime's job repository, newest first. */
final class JobHistory {

    /** Runs listed per job: a month of nights and some on demand. */
    static final int RUNS_PER_JOB = 40;

    private JobHistory() {}

    static List<JobRun> read(JobOperator operator) {
        List<JobRun> runs = new ArrayList<>();
        for (NightlyJob job : NightlyJob.values()) {
            List<JobInstance> instances;
            try {
                instances = operator.getJobInstances(job.jobName(), 0, RUNS_PER_JOB);
            } catch (NoSuchJobException neverRun) {
                continue;
            }
            for (JobInstance instance : instances) {
                List<JobExecution> executions = operator.getJobExecutions(instance);
                long latest = executions.stream()
                        .mapToLong(JobExecution::getExecutionId)
                        .max()
                        .orElse(-1);
                for (JobExecution execution : executions) {
                    runs.add(run(operator, job, execution, execution.getExecutionId() == latest));
                }
            }
        }
        runs.sort(Comparator.comparing(JobRun::executionId).reversed());
        return runs;
    }

    private static JobRun run(JobOperator operator, NightlyJob job, JobExecution execution, boolean latest) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
            for (Metric metric : step.getMetrics()) {
                switch (metric.getType()) {
                    case READ_COUNT -> read += metric.getValue();
                    case WRITE_COUNT -> written += metric.getValue();
                    case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += metric.getValue();
                    default -> {
                        // Commits, rollbacks and filtered items are not shown.
                    }
                }
            }
        }
        Instant started = instant(execution.getStartTime());
        Instant ended = instant(execution.getEndTime());
        Duration duration =
                started == null ? Duration.ZERO : Duration.between(started, ended == null ? Instant.now() : ended);
        boolean interrupted = execution.getBatchStatus() == BatchStatus.FAILED
                && InterruptedRuns.EXIT_STATUS.equals(execution.getExitStatus());
        return new JobRun(
                execution.getExecutionId(),
                job,
                interrupted
                        ? InterruptedRuns.EXIT_STATUS
                        : execution.getBatchStatus().name(),
                started,
                ended,
                duration,
                read,
                written,
                skipped,
                latest
                        && (execution.getBatchStatus() == BatchStatus.STOPPED
                                || execution.getBatchStatus() == BatchStatus.FAILED));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
