/**
 * Launching and watching the nightly batch jobs of {@code batch-jobs}: a tick every minute on every instance
 * starts them at the time the administrator sets, once per due time for the cluster by a claim in the
 * database ({@code NightlyTimer}, {@code NightlyClaims}), the administrator can start
 * one now, and the jobs screen lists each job's runs from the batch runtime's job repository, which
 * lives in the application's own database. Runs a server left unfinished when it died are marked
 * interrupted ({@code InterruptedRuns}) and can be continued; the contact import is launched and
 * continued here too. Calls {@code settings} and {@code security}.
 */
package com.serviceportal.jobs;
