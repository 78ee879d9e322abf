package com.serviceportal.web.about;

import com.serviceportal.platform.AboutPortal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The About page ({@code /about.xhtml}), which anyone may open, signed in or not. */
@Named
@RequestScoped
public class AboutView {

    @Inject
    private AboutPortal portal;

    private AboutPortal.About about;

    public AboutPortal.About getAbout() {
        if (about == null) {
            about = portal.about();
        }
        return about;
    }
}
