/** The service desk's contract pages under {@code /desk/contracts/}: list, form, and a contract with its audit. */
package com.serviceportal.web.desk.contracts;
