/**
 * The administrators' screens under {@code /desk/settings/}: tracking statuses, case types, severity
 * meanings, subjects and subtypes, teams, analysis fields, portal-wide settings, the directory and the
 * security log. Only the
 * {@code administrator} role opens them (Shiro rule; the services check it again).
 */
package com.serviceportal.web.desk.settings;
