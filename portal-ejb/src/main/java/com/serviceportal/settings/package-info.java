/**
 * What the desk's administrators configure: the case types, severity meanings, subjects and their
 * subtypes, teams, fault codes, the analysis fields a new case asks for, and portal-wide settings
 * (fault codes on or off, the new-case alert message, the desk's mail address). {@code SettingsService}
 * reads them for everyone; {@code SettingsAdminService} changes them for administrators only and
 * counts the cases that refer to an entry (by query, without depending on {@code cases}) before it
 * deletes one. Calls {@code security} and {@code platform}.
 */
package com.serviceportal.settings;
