package com.serviceportal.jobs.contracts;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a chunk with one set-based statement over the id range of its items. The statement repeats
 * the step's condition, so a row that no longer qualifies (changed by the desk or by another run since
 * it was read) is left alone, and running a chunk twice changes nothing the second time.
 */
abstract class IdRangeWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "today")
    String today;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Object item : items) {
            long id = idOf(item);
            first = Math.min(first, id);
            last = Math.max(last, id);
        }
        try (Connection connection = PortalDatabase.connect()) {
            write(connection, first, last, JobDay.of(today));
        }
    }

    long idOf(Object item) {
        return (Long) item;
    }

    abstract void write(Connection connection, long first, long last, LocalDate today) throws SQLException;
}
