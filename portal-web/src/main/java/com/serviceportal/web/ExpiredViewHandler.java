package com.serviceportal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A form sent from a page whose view the server no longer keeps (the session timed out, or more tabs
 * were opened than the session keeps views for) reloads that page with a message, instead of an
 * error: the user sees where they were and sends the form again. Works for AJAX requests as well.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ViewExpiredException expired = expired(events.next().getContext().getException());
            if (expired != null) {
                events.remove();
                reload(FacesContext.getCurrentInstance(), expired);
            }
        }
        getWrapped().handle();
    }

    private static ViewExpiredException expired(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException expired) {
                return expired;
            }
        }
        return null;
    }

    private static void reload(FacesContext context, ViewExpiredException expired) {
        if (context.getResponseComplete()) {
            return;
        }
        ExternalContext external = context.getExternalContext();
        ResourceBundle texts = context.getApplication().getResourceBundle(context, "msg");
        external.getFlash().setKeepMessages(true);
        context.addMessage(
                null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.getString("error.expired.reloaded"), null));
        try {
            external.redirect(pageUrl(context, expired));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /**
     * The address of the page the form was on: the browser's own (same origin only, so no other site
     * can send the user anywhere), which keeps its query, e.g. the case number; else the view's.
     */
    private static String pageUrl(FacesContext context, ViewExpiredException expired) {
        HttpServletRequest request =
                (HttpServletRequest) context.getExternalContext().getRequest();
        String referer = request.getHeader("Referer");
        String origin = request.getScheme() + "://" + request.getHeader("Host") + request.getContextPath() + "/";
        if (referer != null && referer.startsWith(origin)) {
            try {
                URI page = new URI(referer);
                return page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery());
            } catch (URISyntaxException malformed) {
                // the view's own address below
            }
        }
        String viewId = expired.getViewId() == null ? "/index.xhtml" : expired.getViewId();
        return context.getApplication().getViewHandler().getBookmarkableURL(context, viewId, Map.of(), false);
    }
}
