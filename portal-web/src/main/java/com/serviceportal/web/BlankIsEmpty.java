package com.serviceportal.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * A text field holding nothing but spaces or line breaks counts as empty, in every form: a required
 * field refuses it beside the field ("please fill this in"), an optional one stores nothing, and no
 * service is asked to save a blank title, reason or name, which it would refuse with an error page.
 * Anything else is kept exactly as typed (a note's indentation, a password's spaces).
 */
@FacesConverter(forClass = String.class)
public class BlankIsEmpty implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
