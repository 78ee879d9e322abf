package com.serviceportal.jobs;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import com.serviceportal.security.Role;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.List;

/**
 * The administrator's view of the nightly jobs: their runs, "Run now", and the time they run at. Anyone
 * but an administrator is answered "not found".
 */
@Stateless
public class NightlyJobs {

    @Inject
    private Caller caller;

    @EJB
    private JobStarter starter;

    @EJB
    private NightlySchedule schedule;

    @EJB
    private NightlyTimer timer;

    /** Every job's runs, newest first; a restart is listed as a run of its own. */
    public List<JobRun> runs() {
        requireAdministrator();
        return JobHistory.read(BatchRuntime.getJobOperator());
    }

    /** Starts the job now and returns its execution id; refused while it still runs. */
    public long runNow(@NotNull NightlyJob job) {
        requireAdministrator();
        return starter.startUnlessRunning(job).orElseThrow(() -> new JobAlreadyRunningException(job));
    }

    /**
     * Continues a stopped or failed run from its checkpoint and returns the new execution's id. A run
     * that is not the latest of its job instance, or that completed, is refused.
     */
    public long restart(long executionId) {
        requireAdministrator();
        JobOperator operator = BatchRuntime.getJobOperator();
        NightlyJob job;
        try {
            job = NightlyJob.ofJobName(operator.getJobExecution(executionId).getJobName());
        } catch (NoSuchJobExecutionException | IllegalArgumentException | JobSecurityException e) {
            throw new NotFoundException();
        }
        if (JobStarter.isRunning(operator, job)) {
            throw new JobAlreadyRunningException(job);
        }
        try {
            return starter.restart(executionId);
        } catch (JobRestartException | JobExecutionNotMostRecentException | JobExecutionAlreadyCompleteException e) {
            throw new BusinessException("jobs.notRestartable");
        }
    }

    public LocalTime nightlyTime() {
        requireAdministrator();
        return schedule.time();
    }

    /** Stores the new time and re-creates the timer, so the next night already runs at it. */
    public void changeNightlyTime(@NotNull LocalTime time) {
        requireAdministrator();
        schedule.change(time);
        timer.schedule(time.withSecond(0).withNano(0));
    }

    private void requireAdministrator() {
        if (caller.scope().role() != Role.ADMINISTRATOR) {
            throw new NotFoundException();
        }
    }
}
