/** The administrator's jobs screen ({@code /desk/jobs/}): the nightly jobs' runs, "Run now", their time. */
package com.serviceportal.web.desk.jobs;
