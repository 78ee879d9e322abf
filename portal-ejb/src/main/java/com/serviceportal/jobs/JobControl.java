package com.serviceportal.jobs;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Internal;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Every call of the portal into the batch runtime. Payara tags a job with the component that started
 * it and lets only that component list, stop or restart it, so the timer, "Run now" and the jobs
 * screen all go through this one bean. It runs in this EJB module, whose class loader sees the job
 * XML in the EAR's {@code lib/batch-jobs.jar}. Should two starts still meet (two instances at the same
 * moment), the jobs' writers repeat their conditions, so the second run finds nothing left to change.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Internal
public class JobControl {

    private static final Logger LOG = Logger.getLogger(JobControl.class.getName());

    /** Parameters that make a run stop after some chunks, for the restart tests (see the job XML). */
    private static final Set<String> STOP_PARAMETERS = Set.of("stopInStep", "stopAfterChunks");

    /** Starts the job for today; empty when it is still running. */
    public Optional<Long> startUnlessRunning(NightlyJob job) {
        if (isRunning(BatchRuntime.getJobOperator(), job)) {
            LOG.info(() -> "Job " + job.jobName() + " is still running; not started again");
            return Optional.empty();
        }
        return Optional.of(start(job, new Properties()));
    }

    /**
     * Starts the job for today with the given parameters as well (see the job XML), whether or not it
     * runs already.
     */
    public long start(NightlyJob job, Properties parameters) {
        Properties all = new Properties();
        all.putAll(parameters);
        all.setProperty("today", LocalDate.now().toString());
        long executionId = BatchRuntime.getJobOperator().start(job.jobName(), all);
        LOG.info(() -> "Job " + job.jobName() + " started, execution " + executionId);
        return executionId;
    }

    /**
     * Continues a stopped, failed or interrupted run from its checkpoint with the parameters it was
     * started with (the day, the import), and returns the new execution's id. The test parameters that
     * stop a run are not carried over. A run that is not the latest of its job instance, or that
     * completed, is refused.
     */
    public long restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        NightlyJob job;
        try {
            job = NightlyJob.ofJobName(operator.getJobExecution(executionId).getJobName());
        } catch (NoSuchJobExecutionException | JobSecurityException | IllegalArgumentException e) {
            throw new NotFoundException();
        }
        if (isRunning(operator, job)) {
            throw new JobAlreadyRunningException(job);
        }
        Properties parameters = new Properties();
        Properties original = operator.getParameters(executionId);
        if (original != null) {
            original.stringPropertyNames().stream()
                    .filter(name -> !STOP_PARAMETERS.contains(name))
                    .forEach(name -> parameters.setProperty(name, original.getProperty(name)));
        }
        try {
            long restarted = operator.restart(executionId, parameters);
            LOG.info(() -> "Job execution " + executionId + " continues as execution " + restarted);
            return restarted;
        } catch (JobRestartException | JobExecutionNotMostRecentException | JobExecutionAlreadyCompleteException e) {
            throw new BusinessException("jobs.notRestartable");
        }
    }

    /** An execution as the job repository has it; empty when there is none of that id. */
    public Optional<JobExecution> execution(long executionId) {
        try {
            return Optional.of(BatchRuntime.getJobOperator().getJobExecution(executionId));
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            return Optional.empty();
        }
    }

    /** Every job's runs, newest first. */
    public List<JobRun> runs() {
        return JobHistory.read(BatchRuntime.getJobOperator());
    }

    private static boolean isRunning(JobOperator operator, NightlyJob job) {
        try {
            return !operator.getRunningExecutions(job.jobName()).isEmpty();
        } catch (NoSuchJobException neverRun) {
            return false;
        }
    }
}
