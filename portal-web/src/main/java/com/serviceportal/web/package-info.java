/**
 * The Faces front end: one view bean per page, in a package that mirrors the page's path
 * ({@code portal.cases.CaseListView} for {@code /portal/cases/list.xhtml}). View beans collect input,
 * call one {@code portal-ejb} service method and show its result or its translated error; they hold
 * no business rule.
 */
package com.serviceportal.web;
