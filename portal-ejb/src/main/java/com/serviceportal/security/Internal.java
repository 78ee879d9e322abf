package com.serviceportal.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service method (or every method of a service) that only other services, timers and jobs call:
 * not part of the surface the web module may reach, which the architecture test checks, so
 * {@link RoleCheck} lets it through without a caller (a timer or a job has none).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Internal {}
