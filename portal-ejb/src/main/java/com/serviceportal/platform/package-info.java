/**
 * What every feature builds on: the business exception that views translate, the schema migrations
 * applied at deploy, JPA conversions shared by all entities, the portal's address for links, and the
 * health checks of the database, the schema and the JVM (MicroProfile Health). Depends on no feature
 * package.
 */
package com.serviceportal.platform;
