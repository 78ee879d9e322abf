package com.serviceportal.jobs.contacts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The few statements shapes the import repeats: IN lists in slices, and ids in the EclipseLink way. */
final class Sql {

    /** Values per IN list; SQL Server takes 2,100 parameters a statement. */
    static final int SLICE = 1000;

    private Sql() {}

    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Runs {@code sql} (with one {@code %s} for the IN list) for the values, a slice at a time. The values
     * keep their type (text or ids), so the column's index answers the list.
     */
    static void selectIn(Connection connection, String sql, Collection<?> values, RowReader reader)
            throws SQLException {
        List<?> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += SLICE) {
            List<?> slice = all.subList(from, Math.min(all.size(), from + SLICE));
            String in = "(" + "?, ".repeat(slice.size() - 1) + "?)";
            try (PreparedStatement query = connection.prepareStatement(sql.formatted(in))) {
                int index = 1;
                for (Object value : slice) {
                    query.setObject(index++, value);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            }
        }
    }

    /**
     * Hands out new ids of a table's sequence. Like EclipseLink (allocation size 50 = the sequences'
     * increment), each value N fetched stands for the ids N-49 to N, so the two never hand out the same id.
     */
    static final class Ids {

        private static final int BLOCK = 50;

        private final Connection connection;
        private final String sequence;
        private long next;
        private long last = -1;

        Ids(Connection connection, String sequence) {
            this.connection = connection;
            this.sequence = sequence;
        }

        long next() throws SQLException {
            if (next > last) {
                try (PreparedStatement query = connection.prepareStatement("SELECT NEXT VALUE FOR " + sequence);
                        ResultSet value = query.executeQuery()) {
                    value.next();
                    last = value.getLong(1);
                    next = last - BLOCK + 1;
                }
            }
            return next++;
        }
    }
}
