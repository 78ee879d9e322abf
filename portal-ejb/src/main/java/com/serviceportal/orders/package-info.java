/**
 * Work orders: service and install orders on a site with their lines, and the fault reports
 * customers send that become orders. Calls {@code customers}, {@code equipment}, {@code cases},
 * {@code security}, {@code notify}, {@code settings} and {@code platform}.
 */
package com.serviceportal.orders;
