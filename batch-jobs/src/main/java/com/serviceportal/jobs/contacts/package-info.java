/**
 * The CSV import of contacts: reading the file ({@link com.serviceportal.jobs.contacts.ImportFile}:
 * encoding and separator detected), mapping its columns to fields, the rules a row must meet on its
 * own ({@link com.serviceportal.jobs.contacts.RowRules}), within the file
 * ({@link com.serviceportal.jobs.contacts.FileRules}) and against the database
 * ({@link com.serviceportal.jobs.contacts.Existing}), and the {@code contact-import} job that writes
 * the rows chunk by chunk ({@link com.serviceportal.jobs.contacts.ChunkImport}, line managers with
 * them) and links at the end the few whose manager came later in the file.
 *
 * <p>The desk's preview ({@code com.serviceportal.customers.imports} in {@code portal-ejb}) applies the
 * same classes, so the preview and the job judge every row alike, and the lengths of
 * {@link com.serviceportal.jobs.contacts.ContactFieldRules} are also those of the desk's contact form
 * and the columns. Like the contract jobs, this works
 * in SQL over {@code jdbc/portal}: the jar sits in the EAR's {@code lib} and cannot see the entities.
 */
package com.serviceportal.jobs.contacts;
