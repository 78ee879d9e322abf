package com.serviceportal.web;

import com.serviceportal.platform.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Puts translated messages on the page, including a service's business error. */
@RequestScoped
public class Feedback {

    @Inject
    private FacesContext faces;

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public void error(BusinessException problem) {
        error(problem.getMessageKey(), problem.getArguments());
    }

    /** An error shown beside one field of the form, by the field's client id. */
    public void errorAt(String clientId, String key, Object... arguments) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    /** The text of a bundle key in the language of the current view. */
    public String text(String key, Object... arguments) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    private void add(FacesMessage.Severity severity, String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(severity, text(key, arguments), null));
    }
}
