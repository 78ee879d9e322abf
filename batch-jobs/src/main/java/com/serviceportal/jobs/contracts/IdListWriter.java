package com.serviceportal.jobs.contracts;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a chunk with one set-based statement over the ids of its items ({@code id IN (...)}, which
 * the primary key answers whatever other index the condition could use). The statement repeats the
 * step's condition, so a row that no longer qualifies (changed by the desk or by another run since it
 * was read) is left alone, and running a chunk twice changes nothing the second time. A chunk may hold
 * at most 2,000 items (SQL Server takes 2,100 parameters).
 */
abstract class IdListWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "today")
    String today;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(items.size());
        for (Object item : items) {
            ids.add(idOf(item));
        }
        try (Connection connection = PortalDatabase.connect()) {
            write(connection, ids, JobDay.of(today));
        }
    }

    long idOf(Object item) {
        return (Long) item;
    }

    /** {@code (?, ?, ...)} for the chunk's ids. */
    static String placeholders(List<Long> ids) {
        return "(" + "?, ".repeat(ids.size() - 1) + "?)";
    }

    /** Binds the chunk's ids from {@code first}; returns the next index. */
    static int bindIds(PreparedStatement statement, int first, List<Long> ids) throws SQLException {
        int index = first;
        for (long id : ids) {
            statement.setLong(index++, id);
        }
        return index;
    }

    abstract void write(Connection connection, List<Long> ids, LocalDate today) throws SQLException;
}
