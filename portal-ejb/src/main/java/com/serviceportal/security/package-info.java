/**
 * Who is calling and what they may see. Holds the login accounts with their roles and password
 * hashes, the request's {@link com.serviceportal.security.Caller}, and the
 * {@link com.serviceportal.security.AccessScope} that every portal query is narrowed by. The web
 * module's Shiro realm reads accounts through {@link com.serviceportal.security.AccountService}; no
 * other feature reads the account table. Also first access and password resets through single-use
 * links ({@link com.serviceportal.security.AccountLinks}, {@link com.serviceportal.security.PasswordRule}),
 * sign-in by username or e-mail, throttled per login and client address
 * ({@link com.serviceportal.security.SignInService}), the security log
 * ({@link com.serviceportal.security.SecurityLog}), and sign-in and contact sync against LDAP or
 * Active Directory ({@link com.serviceportal.security.DirectoryService}). Calls {@code customers}, {@code settings},
 * {@code notify} (the outbox) and {@code platform}.
 */
package com.serviceportal.security;
