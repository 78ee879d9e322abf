/** The desk's equipment pages under {@code /desk/equipment/}: every customer's items, edits and moves. */
package com.serviceportal.web.desk.equipment;
