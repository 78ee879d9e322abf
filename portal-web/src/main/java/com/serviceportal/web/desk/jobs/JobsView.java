package com.serviceportal.web.desk.jobs;

import com.serviceportal.jobs.JobRun;
import com.serviceportal.jobs.NightlyJob;
import com.serviceportal.jobs.NightlyJobs;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.List;

/**
 * The jobs screen ({@code /desk/jobs/index.xhtml}): each run of the nightly jobs, newest first and
 * refreshed while one runs, "Run now" per job, and the time they run every night.
 */
@Named
@ViewScoped
public class JobsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NightlyJobs nightlyJobs;

    @Inject
    private Feedback feedback;

    private final List<NightlyJob> jobs = NightlyJob.everyNight();
    private List<JobRun> runs = List.of();
    private boolean running;

    @NotNull
    private LocalTime nightlyTime;

    public void load() {
        nightlyTime = nightlyJobs.nightlyTime();
        refresh();
    }

    public void refresh() {
        runs = nightlyJobs.runs();
        running = runs.stream().anyMatch(JobRun::isRunning);
    }

    public void runNow(NightlyJob job) {
        try {
            nightlyJobs.runNow(job);
            feedback.info("jobs.started", feedback.text("jobs.name." + job.name()));
        } catch (BusinessException e) {
            feedback.error(e);
        }
        refresh();
    }

    public void restart(JobRun run) {
        try {
            nightlyJobs.restart(run.executionId());
            feedback.info(
                    "jobs.restarted", feedback.text("jobs.name." + run.job().name()));
        } catch (BusinessException e) {
            feedback.error(e);
        }
        refresh();
    }

    public void saveTime() {
        try {
            nightlyJobs.changeNightlyTime(nightlyTime);
            feedback.info("jobs.timeSaved", nightlyTime.toString());
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public List<NightlyJob> getJobs() {
        return jobs;
    }

    public List<JobRun> getRuns() {
        return runs;
    }

    public boolean isRunning() {
        return running;
    }

    public LocalTime getNightlyTime() {
        return nightlyTime;
    }

    public void setNightlyTime(LocalTime nightlyTime) {
        this.nightlyTime = nightlyTime;
    }
}
