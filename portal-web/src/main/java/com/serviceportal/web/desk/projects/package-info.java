/** The desk's projects ({@code /desk/projects/}): the list, and the form with its lists, changes and cases. */
package com.serviceportal.web.desk.projects;
