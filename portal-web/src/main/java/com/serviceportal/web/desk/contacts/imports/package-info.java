/** The desk's contact import wizard, {@code /desk/contacts/import.xhtml}. */
package com.serviceportal.web.desk.contacts.imports;
