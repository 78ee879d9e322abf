/**
 * Jakarta Batch jobs of the portal: their job XML lives in {@code META-INF/batch-jobs}, their
 * readers, processors and writers here, each job in a sub-package named after it. Jobs call
 * {@code portal-ejb} services for every business rule and are launched by that module's timers.
 */
package com.serviceportal.jobs;
