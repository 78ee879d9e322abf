package com.serviceportal.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts a job unless it is running already, for the nightly timer and for "Run now". Called from this
 * EJB module, whose class loader sees the job XML in the EAR's {@code lib/batch-jobs.jar}. Should two
 * starts still meet (two instances, the same moment), the jobs' writers repeat their conditions, so the
 * second run finds nothing left to change.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobStarter {

    private static final Logger LOG = Logger.getLogger(JobStarter.class.getName());

    /** Starts the job for today; empty when it is still running. */
    public Optional<Long> startUnlessRunning(NightlyJob job) {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (isRunning(operator, job)) {
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
     * Continues a stopped or failed run from its checkpoint, for the day it was started for. Job
     * parameters of the run other than the day are not carried over.
     */
    public long restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        String today = operator.getParameters(executionId).getProperty("today");
        if (today != null) {
            parameters.setProperty("today", today);
        }
        long restarted = operator.restart(executionId, parameters);
        LOG.info(() -> "Job execution " + executionId + " continues as execution " + restarted);
        return restarted;
    }

    static boolean isRunning(JobOperator operator, NightlyJob job) {
        try {
            return !operator.getRunningExecutions(job.jobName()).isEmpty();
        } catch (NoSuchJobException neverRun) {
            return false;
        }
    }
}
