/**
 * Service levels: response and resolution targets per severity, measured on a business-hours calendar
 * with holidays and a time zone. {@link com.serviceportal.sla.BusinessClock} counts working time (plain
 * Java); {@link com.serviceportal.sla.CaseClock} keeps each case's due times, pauses and met times and
 * is called by the case service in its transaction; {@link com.serviceportal.sla.ServiceLevelAdminService}
 * holds the administrator's calendars, levels and the default level. Calls {@code cases} (the case,
 * its severity and status), {@code contracts} (a contract's level), {@code settings} (the default
 * level's setting) and {@code platform}. See docs/decisions/0013-service-level-clock.md.
 */
package com.serviceportal.sla;
