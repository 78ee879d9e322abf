/**
 * The desk's customers: the list of companies and sites ({@code /desk/customers/list.xhtml}) and a
 * company's or site's page and form ({@code /desk/customers/edit.xhtml}). Calls {@code customers}.
 */
package com.serviceportal.web.desk.customers;
