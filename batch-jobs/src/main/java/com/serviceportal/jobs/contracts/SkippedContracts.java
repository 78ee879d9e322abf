package com.serviceportal.jobs.contracts;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.logging.Logger;

/** Names each contract the activation skipped in the server log, for the desk to look at. */
@Named
@Dependent
public class SkippedContracts implements SkipProcessListener {

    private static final Logger LOG = Logger.getLogger(SkippedContracts.class.getName());

    @Override
    public void onSkipProcessItem(Object item, Exception reason) {
        LOG.warning(reason::getMessage);
    }
}
