package com.serviceportal.web.desk.contacts.imports;

import java.io.Serializable;

/** A column of the uploaded file: its position, its first-line value, and the field chosen for it ("" to ignore). */
public class ColumnChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int position;
    private final String firstValue;
    private String field;

    public ColumnChoice(int position, String firstValue, String field) {
        this.position = position;
        this.firstValue = firstValue;
        this.field = field;
    }

    public int getPosition() {
        return position;
    }

    public String getFirstValue() {
        return firstValue;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }
}
