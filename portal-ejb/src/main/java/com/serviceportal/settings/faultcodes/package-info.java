/**
 * The fault-code import of the administration: example files (Apache POI), the check of an uploaded
 * CSV and the start of the {@code fault-code-import} job, whose rules and steps live in {@code
 * batch-jobs} ({@code com.serviceportal.jobs.faultcodes}). Calls {@code settings}, {@code security}
 * and {@code platform}.
 */
package com.serviceportal.settings.faultcodes;
