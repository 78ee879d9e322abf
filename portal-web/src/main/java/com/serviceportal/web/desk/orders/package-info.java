/**
 * The service desk's work-order pages under {@code /desk/orders/}: the list, a new order (also from a
 * case), one order to schedule, fill with lines and complete, and the queue of fault reports.
 */
package com.serviceportal.web.desk.orders;
