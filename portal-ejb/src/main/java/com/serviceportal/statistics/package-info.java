/**
 * Statistics: a customer's cases, service-level results, work orders, contract hours and equipment
 * counted per month over a period, for the portal's Statistics tab and the desk's overview, and the
 * same figures as an Excel workbook. Reads only; every figure is counted through the caller's scope.
 * Calls {@code cases}, {@code customers}, {@code settings}, {@code security} and {@code platform}.
 */
package com.serviceportal.statistics;
