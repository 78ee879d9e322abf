/**
 * Files on a case: a folder tree per case, uploads of at most 10 MB into it, listings and
 * downloads. File details and file bytes are stored apart, so listing never reads content; both
 * live only in the database, so every instance of a cluster serves every file. Each call is scoped
 * by the caller's {@link com.serviceportal.security.AccessScope}. Calls {@code cases},
 * {@code security} and {@code platform}.
 */
package com.serviceportal.cases.files;
