/**
 * Service levels: response and resolution targets per severity, measured on a business-hours calendar
 * with holidays and a time zone. Calls {@code cases} (severity) and {@code platform}.
 */
package com.serviceportal.sla;
