/**
 * The directory sync job ({@code directory-sync}, job XML in {@code META-INF/batch-jobs}): one
 * batchlet that has {@code portal-ejb} create and update contacts and their logins from LDAP or
 * Active Directory. This jar's class loader cannot see {@code portal-ejb} types, so the batchlet
 * calls the EJB through JNDI under a JDK interface. Launched from the administrator's Directory page.
 */
package com.serviceportal.jobs.directory;
