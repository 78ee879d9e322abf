package com.serviceportal.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.model.SelectItem;
import java.io.IOException;
import java.util.List;
import org.primefaces.component.selectonemenu.SelectOneMenu;
import org.primefaces.component.selectonemenu.SelectOneMenuRenderer;

/**
 * PrimeFaces' select menu, with its list of choices named like the field: PrimeFaces names the field
 * but leaves the list (role listbox) without a name, so a screen reader announces an unnamed list
 * when it opens (axe-core's "aria-input-field-name").
 */
public class NamedChoicesRenderer extends SelectOneMenuRenderer {

    @Override
    protected void encodePanel(FacesContext context, SelectOneMenu menu, List<SelectItem> items) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                super.writeAttribute(name, value, property);
                if (name.equals("role") && "listbox".equals(value)) {
                    encodeAriaLabel(getWrapped(), menu);
                }
            }
        });
        try {
            super.encodePanel(context, menu, items);
        } finally {
            context.setResponseWriter(writer);
        }
    }
}
