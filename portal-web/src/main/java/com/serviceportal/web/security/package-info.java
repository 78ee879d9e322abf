/**
 * Sign-in and page protection with Apache Shiro: the realm over {@code SignInService} (portal
 * password or LDAP / Active Directory, throttled), the URL filters named in {@code WEB-INF/shiro.ini},
 * the filter that hands the signed-in account and the client's address to the EJB layer's
 * {@link com.serviceportal.security.Caller}, the response headers and the session cookie's flags,
 * the sign-in page's
 * view, the public "Forgot password?" and set-password pages ({@code /password/}), and the desk's
 * "Sign-in and access" page of a contact ({@code /desk/contacts/access.xhtml}).
 */
package com.serviceportal.web.security;
