/**
 * Customer accounts as a tree (a company and its sites) and the contacts, the people of a customer
 * who may be given portal access, and the list of countries addresses use. Calls {@code platform};
 * a company names its account manager, a {@code security} account.
 */
package com.serviceportal.customers;
