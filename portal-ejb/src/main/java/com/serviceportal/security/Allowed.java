package com.serviceportal.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a service's public methods: on the class for all of them, on a method for that one
 * (the method's declaration wins). {@link RoleCheck} enforces it on every EJB; a method with neither
 * this nor {@link Internal} is refused, and the architecture test fails the build.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {

    Audience value();
}
