/**
 * Files on a case: a folder tree per case, uploads of at most 10 MB into it, listings and
 * downloads. File details and file bytes are stored apart, so listing never reads content; both
 * live only in the database, so every instance of a cluster serves every file. Each call is scoped
 * by the caller's {@link com.serviceportal.security.AccessScope}. Files attached on the new-case
 * form wait in the database for their uploading account ({@code WaitingFileService}) until raising
 * the case moves them in, or a day has passed. Calls {@code cases},
 * {@code security} and {@code platform}.
 */
package com.serviceportal.cases.files;
