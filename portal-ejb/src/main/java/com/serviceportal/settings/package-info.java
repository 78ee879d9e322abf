/**
 * What the desk's administrators configure: the case types, severity meanings, subjects and their
 * subtypes, teams, fault codes, the analysis fields a new case asks for, and portal-wide settings
 * (fault codes on or off, the new-case alert message, the desk's mail address). Calls only
 * {@code platform}.
 */
package com.serviceportal.settings;
