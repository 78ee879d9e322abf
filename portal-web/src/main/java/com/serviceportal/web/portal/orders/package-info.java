/**
 * The customer's work-order pages under {@code /portal/orders/}: orders of every site or of one site
 * (a site tab), one order, requesting service, and the customer's fault reports.
 */
package com.serviceportal.web.portal.orders;
