package com.serviceportal.jobs;

import com.serviceportal.platform.BusinessException;

/** "Run now" while the job still runs: the running one goes on, nothing else is started. */
public class JobAlreadyRunningException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final NightlyJob job;

    public JobAlreadyRunningException(NightlyJob job) {
        super("jobs.alreadyRunning");
        this.job = job;
    }

    public NightlyJob getJob() {
        return job;
    }
}
