/**
 * The desk's CSV import of contacts: the template, the upload (kept in the database), the column
 * mapping and options, the preview of every row's problems, the start of the {@code contact-import}
 * job and its progress, counts and report of rejected rows.
 *
 * <p>The rules themselves are those of {@code com.serviceportal.jobs.contacts} (in {@code batch-jobs},
 * the EAR's {@code lib}), which the job applies as well; the import's tables are the job's, so this
 * service reaches them in SQL too. Administrators only: for anyone else every call answers "not
 * found".
 */
package com.serviceportal.customers.imports;
