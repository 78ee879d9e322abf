/** What the customer's and the desk's case pages share: the new-case form. */
package com.serviceportal.web.cases;
