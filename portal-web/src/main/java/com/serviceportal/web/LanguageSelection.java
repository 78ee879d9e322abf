package com.serviceportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The language the pages are shown in: first the best match for the browser's languages, then
 * whatever the user picks. Only a pick is kept, as a language tag in the session (a few bytes that
 * a cluster copies with every change of the session), so a visitor who picks nothing adds nothing.
 */
@Named
@RequestScoped
public class LanguageSelection {

    /** The session attribute holding the picked language's tag. */
    static final String CHOSEN = "portal.language";

    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"));

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Object chosen = faces.getExternalContext().getSessionMap().get(CHOSEN);
            locale = chosen instanceof String tag
                    ? Locale.forLanguageTag(tag)
                    : faces.getApplication().getViewHandler().calculateLocale(faces);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Switches language and reloads the current page in it. */
    public String choose(String languageTag) {
        Locale chosen = Locale.forLanguageTag(languageTag);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (SUPPORTED.contains(chosen)) {
            locale = chosen;
            ExternalContext external = faces.getExternalContext();
            external.getSessionMap().put(CHOSEN, chosen.toLanguageTag());
            faces.getViewRoot().setLocale(chosen);
        }
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
