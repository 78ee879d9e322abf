/**
 * Customer accounts as a tree (a company and its sites) and the contacts, the people of a customer
 * who may be given portal access, and the list of countries addresses use. {@code ContactService}
 * keeps the desk's contact accounts: the contact form and its login, aliases (the "send to" address
 * mail uses), per-contact portal options with the sites and projects a contact sees, custom fields,
 * a reversible delete, search, exports and vCards. Calls {@code platform} and {@code security} (a
 * contact's login is a {@code UserAccount}); a company names its account manager, a {@code security}
 * account. {@link com.serviceportal.customers.SiteService} lists the sites a contact sees with
 * their open activities, counted from {@code cases}, {@code orders} and {@code invoices}, and builds
 * the portal menu from the tab switches of {@code settings}. {@link
 * com.serviceportal.customers.CustomerService} keeps the desk's companies and sites: search, create,
 * add a site, edit; {@link com.serviceportal.customers.Address} is the address customers and contacts
 * share.
 */
package com.serviceportal.customers;
