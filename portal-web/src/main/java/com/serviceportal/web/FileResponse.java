package com.serviceportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers a page's action with a file to save instead of the page. An action that may be refused
 * asks the service first and sends the file only then, so a refusal is shown on the page like any
 * other, never as the failure page a download's own stream would end in.
 */
@RequestScoped
public class FileResponse {

    @Inject
    private FacesContext faces;

    public void send(String name, String contentType, byte[] content) {
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", ContentDisposition.attachment(name));
        try {
            external.getResponseOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
