package com.serviceportal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language the pages are shown in: first the best match for the browser's languages, then
 * whatever the user picks. Holds only a locale, so it adds a few bytes to the session.
 */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"));

    private Locale locale;

    @PostConstruct
    void matchBrowser() {
        FacesContext faces = FacesContext.getCurrentInstance();
        locale = faces.getApplication().getViewHandler().calculateLocale(faces);
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Switches language and reloads the current page in it. */
    public String choose(String languageTag) {
        Locale chosen = Locale.forLanguageTag(languageTag);
        if (SUPPORTED.contains(chosen)) {
            locale = chosen;
            FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }
}
