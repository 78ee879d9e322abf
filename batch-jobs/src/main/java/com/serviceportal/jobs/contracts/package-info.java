/**
 * The nightly contract jobs: {@code contract-activation} (expire, activate, move "Pending - no contract"
 * cases on) and {@code support-hours-reset} (restore the month's hours on the rollover day), their job
 * XML in {@code META-INF/batch-jobs}.
 *
 * <p>This jar sits in the EAR's {@code lib} folder, whose class loader is the parent of the EJB
 * module's: it cannot see {@code portal-ejb} classes at run time. Each step therefore works on the
 * application's database ({@code jdbc/portal}) in SQL: a reader pages through the ids due in ascending
 * order, its checkpoint being the last id read, and a writer updates each chunk's ids with one
 * statement that repeats the step's condition, so a restart or a second run changes nothing twice. The
 * jobs are launched by {@code com.serviceportal.jobs} in {@code portal-ejb}.
 */
package com.serviceportal.jobs.contracts;
