/**
 * Sign-in and page protection with Apache Shiro: the realm over the account table, the URL filters
 * named in {@code WEB-INF/shiro.ini}, the filter that hands the signed-in account to the EJB
 * layer's {@link com.serviceportal.security.Caller}, and the sign-in page's view.
 */
package com.serviceportal.web.security;
