package com.serviceportal.web;

import com.serviceportal.platform.AboutPortal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The portal's name for the top bar and the page titles, read once per request: the name the desk set,
 * else the product's name in the reader's language.
 */
@Named
@RequestScoped
public class PortalName {

    @Inject
    private AboutPortal portal;

    @Inject
    private FacesContext faces;

    private String value;

    public String getValue() {
        if (value == null) {
            value = portal.findName().orElseGet(() -> faces.getApplication()
                    .getResourceBundle(faces, "msg")
                    .getString("app.name"));
        }
        return value;
    }
}
