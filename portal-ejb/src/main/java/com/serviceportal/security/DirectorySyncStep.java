package com.serviceportal.security;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;

/**
 * The directory sync as the batch job calls it. The job's classes sit in the EAR's {@code lib}
 * and cannot see this module's types, so the step is offered under a JDK interface at
 * {@value #JNDI_NAME}; it answers the job's exit status.
 */
@Stateless
@Local(Supplier.class)
@Internal
public class DirectorySyncStep implements Supplier<String> {

    public static final String JNDI_NAME = "java:app/portal-ejb/DirectorySyncStep!java.util.function.Supplier";

    @EJB
    private DirectoryService directory;

    @Override
    public String get() {
        return directory.sync().exitStatus();
    }
}
