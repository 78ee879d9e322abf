/**
 * Launching and watching the nightly batch jobs of {@code batch-jobs}: a persistent EJB timer starts
 * them at the time the administrator sets (one timer for the cluster), the administrator can start
 * one now, and the jobs screen lists each job's runs from the batch runtime's job repository, which
 * lives in the application's own database. Runs a server left unfinished when it died are marked
 * interrupted ({@code InterruptedRuns}) and can be continued; the contact import is launched and
 * continued here too. Calls {@code settings} and {@code security}.
 */
package com.serviceportal.jobs;
