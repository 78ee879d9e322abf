package com.serviceportal.jobs;

import java.util.List;
import java.util.stream.Stream;

/**
 * The jobs the jobs screen lists, by the name of their job XML in {@code batch-jobs}: the ones the
 * portal runs every night, and the contact import, which an administrator starts but whose
 * interrupted runs are continued here as well.
 */
public enum NightlyJob {
    /** Expires ended contracts, activates started ones, moves "Pending - no contract" cases on. */
    CONTRACT_ACTIVATION("contract-activation", true),
    /** Restores the month's hours of "by month" contracts on their rollover day. */
    SUPPORT_HOURS_RESET("support-hours-reset", true),
    /** Imports an uploaded contact file (see {@code customers.imports}); never run at night. */
    CONTACT_IMPORT("contact-import", false);

    private final String jobName;
    private final boolean everyNight;

    NightlyJob(String jobName, boolean everyNight) {
        this.jobName = jobName;
        this.everyNight = everyNight;
    }

    public String jobName() {
        return jobName;
    }

    /** The jobs the timer starts every night and the screen offers "Run now" for. */
    public static List<NightlyJob> everyNight() {
        return Stream.of(values()).filter(job -> job.everyNight).toList();
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
