/**
 * What the customer's and the desk's case pages share: the new-case form, and the files of a case
 * (the {@code caseFiles} tag of {@code WEB-INF/portal.taglib.xml}, its view bean and the download of
 * one file).
 */
package com.serviceportal.web.cases;
