/**
 * What every job of the portal does around its steps: it notes which server instance runs it, so a run
 * left unfinished by a server that died can be told from one another instance is working on
 * ({@code portal-ejb}'s {@code jobs.InterruptedRuns} marks it interrupted). Reaches the database
 * through {@code jdbc/portal}.
 */
package com.serviceportal.jobs.runs;
