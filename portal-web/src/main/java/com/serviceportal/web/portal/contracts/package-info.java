/** The customer's contract page under {@code /portal/contracts/}. */
package com.serviceportal.web.portal.contracts;
