package com.serviceportal.jobs.directory;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Supplier;
import javax.naming.InitialContext;

/**
 * Runs the sync in one transaction of the EJB and returns what it did ("created=… updated=…
 * skipped=…") as the exit status. A second run changes only what changed in the directory since.
 */
@Named
@Dependent
public class DirectorySync extends AbstractBatchlet {

    /** Where portal-ejb offers the sync ({@code com.serviceportal.security.DirectorySyncStep}). */
    static final String STEP = "java:app/portal-ejb/DirectorySyncStep!java.util.function.Supplier";

    @Inject
    private JobContext job;

    @Override
    public String process() throws Exception {
        Supplier<?> step = InitialContext.doLookup(STEP);
        String result = String.valueOf(step.get());
        job.setExitStatus(result);
        return result;
    }
}
