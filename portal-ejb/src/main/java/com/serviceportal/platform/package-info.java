/**
 * What every feature builds on: the business exception that views translate, the schema migrations
 * applied at deploy, and JPA conversions shared by all entities. Depends on no feature package.
 */
package com.serviceportal.platform;
