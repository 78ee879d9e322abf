package com.serviceportal.web;

import com.serviceportal.security.Caller;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Tells the EJB layer the language the page is read in, before anything on the page calls a
 * service, so the names the desk gives (statuses, teams, case types...) come back in it.
 */
public class ReaderLanguage implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforePhase(PhaseEvent event) {
        LanguageSelection selection =
                CDI.current().select(LanguageSelection.class).get();
        CDI.current().select(Caller.class).get().readsIn(selection.getLocale());
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing: the language is set before the view is restored
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
