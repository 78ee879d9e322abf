package com.serviceportal.jobs.contacts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One row of an import file as mapped to the contact's fields, values stripped and empty ones left
 * out, with its line in the file and the problems found so far.
 */
public final class ContactRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final EnumMap<ContactField, String> values;
    private final List<Problem> problems = new ArrayList<>();

    public ContactRow(int line, Map<ContactField, String> values) {
        this.line = line;
        this.values = values.isEmpty() ? new EnumMap<>(ContactField.class) : new EnumMap<>(values);
        // usernames are kept in lower case, so the file's rules and the database compare them alike
        this.values.computeIfPresent(ContactField.USERNAME, (field, value) -> ContactFieldRules.username(value));
        this.values.computeIfPresent(ContactField.LINE_MANAGER, (field, value) -> ContactFieldRules.username(value));
    }

    public int line() {
        return line;
    }

    /** The value of a field; {@code null} when the row has none. */
    public String value(ContactField field) {
        return values.get(field);
    }

    /** The username in lower case: as written, or the e-mail address when the row has none. */
    public String username() {
        String written = values.get(ContactField.USERNAME);
        return written != null ? written : ContactFieldRules.username(values.get(ContactField.EMAIL));
    }

    public List<Problem> problems() {
        return problems;
    }

    public void reject(Problem problem) {
        problems.add(problem);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
