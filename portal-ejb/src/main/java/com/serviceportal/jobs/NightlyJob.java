package com.serviceportal.jobs;

/** The jobs the portal runs every night, by the name of their job XML in {@code batch-jobs}. */
public enum NightlyJob {
    /** Expires ended contracts, activates started ones, moves "Pending - no contract" cases on. */
    CONTRACT_ACTIVATION("contract-activation"),
    /** Restores the month's hours of "by month" contracts on their rollover day. */
    SUPPORT_HOURS_RESET("support-hours-reset");

    private final String jobName;

    NightlyJob(String jobName) {
        this.jobName = jobName;
    }

    public String jobName() {
        return jobName;
    }

    static NightlyJob ofJobName(String jobName) {
        for (NightlyJob job : values()) {
            if (job.jobName.equals(jobName)) {
                return job;
            }
        }
        throw new IllegalArgumentException(jobName);
    }
}
