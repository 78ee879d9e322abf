/**
 * Documents the desk files on a customer or a site (a service report, safety instructions, a price
 * list): stored in the database like case files (docs/decisions/0011-case-files-in-the-database.md),
 * shown in the portal only once published, and only within the caller's scope. Calls
 * {@code customers}, {@code security}, {@code platform} and the file-name rules of {@code cases.files}.
 */
package com.serviceportal.documents;
