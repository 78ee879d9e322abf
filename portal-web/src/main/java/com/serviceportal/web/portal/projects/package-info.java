/** The customer's projects ({@code /portal/projects/}): the list, and a project's page with its tabs. */
package com.serviceportal.web.portal.projects;
