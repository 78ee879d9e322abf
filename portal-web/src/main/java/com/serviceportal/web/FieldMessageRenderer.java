package com.serviceportal.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.message.Message;
import org.primefaces.component.message.MessageRenderer;

/**
 * PrimeFaces' message beside a field ({@code <p:message for="…">}), which also names the field it speaks
 * of ({@code data-for}, the field's client id): the page's script (fields.js) then marks that field
 * {@code aria-invalid}, points its {@code aria-describedby} at the message and moves the focus to the
 * first such field, for every form without a line per page.
 */
public class FieldMessageRenderer extends MessageRenderer {

    @Override
    protected void encodeMarkup(FacesContext context, Message component, String targetClientId) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new NamingTheField(writer, targetClientId));
        try {
            super.encodeMarkup(context, component, targetClientId);
        } finally {
            context.setResponseWriter(writer);
        }
    }

    /** Writes {@code data-for} right after the message's own id, the first attribute it writes. */
    private static final class NamingTheField extends ResponseWriterWrapper {

        private final String field;
        private boolean named;

        NamingTheField(ResponseWriter writer, String field) {
            super(writer);
            this.field = field;
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            super.writeAttribute(name, value, property);
            if (!named && "id".equals(name)) {
                named = true;
                super.writeAttribute("data-for", field, null);
            }
        }
    }
}
