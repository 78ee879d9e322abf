package com.serviceportal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, with each message a plain list item: PrimeFaces marks every {@code <li>} as
 * {@code role="alert"}, which takes it out of its list for screen readers (axe-core's "list" rule).
 * The messages' container is already a polite live region, so new messages are still announced.
 */
public class ListedMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages uiMessages, FacesMessage message, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new ListItems(writer), uiMessages, message, severity, escape);
    }

    /** Writes everything but the roles PrimeFaces puts on list items. */
    private static final class ListItems extends ResponseWriterWrapper {

        ListItems(ResponseWriter writer) {
            super(writer);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!name.equals("role") && !name.equals("aria-atomic")) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}
