/** The customer's equipment pages under {@code /portal/equipment/}. */
package com.serviceportal.web.portal.equipment;
