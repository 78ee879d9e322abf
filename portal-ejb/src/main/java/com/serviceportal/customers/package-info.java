/**
 * Customer accounts as a tree (a company and its sites) and the contacts, the people of a customer
 * who may be given portal access, and the list of countries addresses use. Calls {@code platform};
 * a company names its account manager, a {@code security} account. {@link
 * com.serviceportal.customers.SiteService} lists the sites a contact sees with their open activities,
 * counted from {@code cases}, {@code orders} and {@code invoices}, and builds the portal menu from the
 * tab switches of {@code settings}.
 */
package com.serviceportal.customers;
