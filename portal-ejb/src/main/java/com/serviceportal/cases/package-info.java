/**
 * Service cases: raising them, numbering them and listing them within the caller's scope, with the
 * configurable tracking statuses a case moves through. Every read and write goes through the
 * caller's {@link com.serviceportal.security.AccessScope}. Calls {@code customers},
 * {@code security}, {@code platform}, and {@code notify} for the mail a change sends.
 */
package com.serviceportal.cases;
