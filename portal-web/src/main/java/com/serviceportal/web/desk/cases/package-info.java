/** The service desk's case pages under {@code /desk/cases/}. */
package com.serviceportal.web.desk.cases;
