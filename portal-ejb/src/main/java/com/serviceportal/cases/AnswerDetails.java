package com.serviceportal.cases;

import java.io.Serializable;

/** A case's answer to one analysis field, as shown on the case page. */
public final class AnswerDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String label;
    private final String value;

    AnswerDetails(String label, String value) {
        this.label = label;
        this.value = value;
    }

    public String getLabel() {
        return label;
    }

    public String getValue() {
        return value;
    }
}
