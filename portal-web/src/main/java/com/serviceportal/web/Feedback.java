package com.serviceportal.web;

import com.serviceportal.platform.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Puts translated messages on the page, including a service's business error. An error that concerns
 * one field goes beside that field (the page's script, fields.js, then marks the field invalid, points
 * it at its message and moves the focus to the first such field); the rest goes to the summary at the
 * top. The field itself is left valid, so it shows what was typed.
 */
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

    /**
     * An error shown beside the field with this id (its id in the page, wherever it stands in the
     * form); in the summary when the page shows no such field, or no message beside it.
     */
    public void errorBeside(String fieldId, String key, Object... arguments) {
        String[] clientId = {null};
        boolean[] messageBeside = {false};
        faces.getViewRoot()
                .visitTree(
                        VisitContext.createVisitContext(faces, null, Set.of(VisitHint.SKIP_UNRENDERED)),
                        (context, component) -> {
                            if (clientId[0] == null
                                    && component instanceof UIInput input
                                    && fieldId.equals(input.getId())) {
                                clientId[0] = input.getClientId(faces);
                            } else if (component instanceof UIMessage message && fieldId.equals(message.getFor())) {
                                messageBeside[0] = true;
                            }
                            return VisitResult.ACCEPT;
                        });
        if (clientId[0] == null || !messageBeside[0]) {
            error(key, arguments);
        } else {
            faces.addMessage(clientId[0], new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
        }
    }

    /** A service's error: beside the field its message key maps to (by the field's id), if any. */
    public void error(BusinessException problem, Map<String, String> fieldOfProblem) {
        String field = fieldOfProblem.get(problem.getMessageKey());
        if (field == null) {
            error(problem);
        } else {
            errorBeside(field, problem);
        }
    }

    /** A service's error that concerns one field, beside the field with this id. */
    public void errorBeside(String fieldId, BusinessException problem) {
        errorBeside(fieldId, problem.getMessageKey(), problem.getArguments());
    }

    /**
     * A service's problems with a whole form, each by its message key: beside the field the key maps
     * to (by the field's id in the page), in the summary when it maps to none.
     */
    public void errorsBeside(List<String> problems, Map<String, String> fieldOfProblem) {
        problems.forEach(key -> {
            String field = fieldOfProblem.get(key);
            if (field == null) {
                error(key);
            } else {
                errorBeside(field, key);
            }
        });
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
