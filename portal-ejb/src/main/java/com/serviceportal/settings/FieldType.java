package com.serviceportal.settings;

/** The kind of answer an analysis field takes. */
public enum FieldType {
    TEXT,
    NUMBER,
    DATE,
    /** One of the options the administrator listed. */
    LIST
}
