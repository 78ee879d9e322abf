package com.serviceportal.jobs.contacts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which field each column of a file fills ({@code null}: the column is ignored), stored as the
 * fields' names separated by commas.
 */
public final class ColumnMap implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<ContactField> fields;

    public ColumnMap(List<ContactField> fields) {
        this.fields = new ArrayList<>(fields);
    }

    /** Each column mapped to the field its header names, if one; a field is taken by its first column only. */
    public static ColumnMap byHeaders(List<String> headers) {
        List<ContactField> fields = new ArrayList<>();
        for (String header : headers) {
            ContactField field = ContactField.byHeader(header).orElse(null);
            fields.add(fields.contains(field) ? null : field);
        }
        return new ColumnMap(fields);
    }

    public static ColumnMap parse(String stored) {
        if (stored == null || stored.isEmpty()) {
            return new ColumnMap(List.of());
        }
        return new ColumnMap(
                Arrays.stream(stored.split(",", -1)).map(ContactField::byName).toList());
    }

    public String stored() {
        return fields.stream().map(field -> field == null ? "" : field.name()).collect(Collectors.joining(","));
    }

    public List<ContactField> fields() {
        return fields;
    }

    public boolean maps(ContactField field) {
        return fields.contains(field);
    }

    /** A record's values by field, stripped, empty ones left out. */
    public ContactRow row(ImportFile.Record record) {
        Map<ContactField, String> values = new EnumMap<>(ContactField.class);
        List<String> cells = record.values();
        for (int column = 0; column < fields.size() && column < cells.size(); column++) {
            ContactField field = fields.get(column);
            String value = cells.get(column).strip();
            if (field != null && !value.isEmpty()) {
                values.putIfAbsent(field, value);
            }
        }
        return new ContactRow(record.line(), values);
    }
}
