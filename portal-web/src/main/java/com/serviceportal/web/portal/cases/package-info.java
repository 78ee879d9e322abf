/** The customer's case pages under {@code /portal/cases/}. */
package com.serviceportal.web.portal.cases;
