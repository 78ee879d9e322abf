/**
 * The customer's sites ({@code /portal/sites/}): the Job Sites list with open activities, one site's
 * page, its invoices and documents, the header and tabs every site page shows, and the portal menu.
 */
package com.serviceportal.web.portal.sites;
