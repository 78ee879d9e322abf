package com.serviceportal.jobs.contacts;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An import as the desk set it up: its mapping, its options, and the custom fields its Custom1 to
 * Custom5 columns fill (the active custom fields in their order).
 */
public record ImportSettings(
        long importId,
        ColumnMap columns,
        boolean ignoreFirstLine,
        boolean webAccess,
        Map<ContactField, Long> customFields)
        implements Serializable {

    /** The settings stored for an import. */
    public static ImportSettings load(Connection connection, long importId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT column_map, ignore_first_line, web_access FROM contact_import WHERE id = ?")) {
            query.setLong(1, importId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("No contact import " + importId);
                }
                return new ImportSettings(
                        importId,
                        ColumnMap.parse(row.getString(1)),
                        row.getBoolean(2),
                        row.getBoolean(3),
                        customFields(connection));
            }
        }
    }

    /** The active custom fields by the column that fills them: the first for Custom1, and so on. */
    public static Map<ContactField, Long> customFields(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                        "SELECT id FROM contact_field WHERE active = CAST(1 AS BIT) ORDER BY sort_order, id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        Map<ContactField, Long> fields = new EnumMap<>(ContactField.class);
        for (ContactField field : ContactField.values()) {
            if (field.customIndex() >= 0 && field.customIndex() < ids.size()) {
                fields.put(field, ids.get(field.customIndex()));
            }
        }
        return fields;
    }

    /** The import's file. */
    public static byte[] content(Connection connection, long importId) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT content FROM contact_import_file WHERE import_id = ?")) {
            query.setLong(1, importId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return ImportFile.unpacked(row.getBytes(1));
            }
        }
    }

    /** The rows of the file under these settings, each checked by the row and file rules. */
    public List<ContactRow> rows(byte[] content) {
        List<ContactRow> rows = new ArrayList<>();
        boolean[] first = {ignoreFirstLine};
        ImportFile.read(content, record -> {
            if (first[0]) {
                first[0] = false;
            } else {
                rows.add(RowRules.check(columns.row(record)));
            }
        });
        FileRules file = new FileRules(rows);
        rows.forEach(file::check);
        return rows;
    }
}
