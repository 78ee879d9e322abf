/**
 * The fault-code import: the rules of the uploaded CSV ({@link
 * com.serviceportal.jobs.faultcodes.FaultCodeFile}, also used by the check the administrator runs
 * before importing) and the chunk step that stores friendly names against stock codes. Reads and
 * writes the application's database through {@code jdbc/portal}.
 */
package com.serviceportal.jobs.faultcodes;
