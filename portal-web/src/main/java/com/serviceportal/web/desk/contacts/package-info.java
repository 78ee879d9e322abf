/**
 * The desk's contact pages under {@code /desk/contacts/}: the searchable list with its exports and
 * the contact form with its aliases and portal options. Calls {@code customers.ContactService} only.
 */
package com.serviceportal.web.desk.contacts;
