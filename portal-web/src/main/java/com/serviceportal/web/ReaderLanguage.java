package com.serviceportal.web;

import com.serviceportal.security.Caller;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Inject;

/**
 * Tells the EJB layer the language the page is read in, before anything on the page calls a
 * service, so the names the desk gives (statuses, teams, case types...) come back in it.
 */
public class ReaderLanguage implements PhaseListener {

    private static final long serialVersionUID = 1L;

    // Injected (Faces injects into its phase listeners): CDI.current() finds its container by walking
    // the caller's stack, which on every request cost more than the rest of this listener.
    @Inject
    private transient LanguageSelection selection;

    @Inject
    private transient Caller caller;

    @Override
    public void beforePhase(PhaseEvent event) {
        caller.readsIn(selection.getLocale());
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
