package com.serviceportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Ends the request with the 404 page. Used for anything absent or outside the caller's scope, so
 * the two look the same.
 */
@RequestScoped
public class NotFoundResponse {

    @Inject
    private FacesContext faces;

    public void send() {
        try {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
