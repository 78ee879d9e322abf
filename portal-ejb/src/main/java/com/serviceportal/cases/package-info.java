/**
 * Service cases: raising them, numbering them and listing them within the caller's scope, with the
 * configurable tracking statuses a case moves through ({@code TrackingStatusService} lets an
 * administrator change them). Every read and write goes through the caller's
 * {@link com.serviceportal.security.AccessScope}. Calls {@code customers}, {@code settings},
 * {@code security}, {@code platform}, {@code cases.files} for the files attached on the new-case
 * form, {@code notify} for the mail a change sends, and {@code knowledge} to count a case raised
 * after reading an article.
 */
package com.serviceportal.cases;
