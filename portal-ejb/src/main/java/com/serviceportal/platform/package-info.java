/**
 * What every feature builds on: the business exception that views translate, the schema migrations
 * applied at deploy, JPA conversions shared by all entities, the portal's address for links, and the
 * readiness checks of the database and the schema (MicroProfile Health). Depends on no feature
 * package.
 */
package com.serviceportal.platform;
