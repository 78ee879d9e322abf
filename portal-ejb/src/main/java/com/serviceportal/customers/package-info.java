/**
 * Customer accounts as a tree (a company and its sites) and the contacts, the people of a customer
 * who may be given portal access. Calls only {@code platform}.
 */
package com.serviceportal.customers;
