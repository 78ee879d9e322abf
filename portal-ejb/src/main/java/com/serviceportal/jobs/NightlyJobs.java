package com.serviceportal.jobs;

import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
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
@Allowed(Audience.ADMINISTRATORS)
public class NightlyJobs {

    @Inject
    private Caller caller;

    @EJB
    private JobControl control;

    @EJB
    private NightlySchedule schedule;

    @EJB
    private NightlyTimer timer;

    /** Every job's runs, newest first; a restart is listed as a run of its own. */
    public List<JobRun> runs() {
        return control.runs();
    }

    /** Starts the job now and returns its execution id; refused while it still runs. */
    public long runNow(@NotNull NightlyJob job) {
        return control.startUnlessRunning(job).orElseThrow(() -> new JobAlreadyRunningException(job));
    }

    /** Continues a stopped or failed run from its checkpoint and returns the new execution's id. */
    public long restart(long executionId) {
        return control.restart(executionId);
    }

    public LocalTime nightlyTime() {
        return schedule.time();
    }

    /** Stores the new time, which takes effect from its next due time (a time already past today: tomorrow). */
    public void changeNightlyTime(@NotNull LocalTime time) {
        schedule.change(time);
        timer.timeChanged(time.withSecond(0).withNano(0));
    }
}
