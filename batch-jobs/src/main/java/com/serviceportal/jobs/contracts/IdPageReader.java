package com.serviceportal.jobs.contracts;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the rows a step has to change in ascending id order, one page per chunk, and checkpoints the
 * last id it handed out: a restart goes on after it, so no row is read twice. Each page repeats the
 * step's condition, so rows that another run changed meanwhile are not read at all.
 *
 * @param <T> the item: the row's id and what the step needs to know of it
 */
abstract class IdPageReader<T> extends AbstractItemReader {

    private static final int DEFAULT_PAGE = 1000;

    @Inject
    @BatchProperty(name = "pageSize")
    String pageSize;

    @Inject
    @BatchProperty(name = "today")
    String today;

    private final Deque<T> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? Long.MIN_VALUE : (Long) checkpoint;
    }

    @Override
    public T readItem() throws SQLException {
        if (page.isEmpty() && !exhausted) {
            readPage();
        }
        T item = page.poll();
        if (item != null) {
            lastId = idOf(item);
        }
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }

    private void readPage() throws SQLException {
        int size = pageSize == null || pageSize.isBlank() ? DEFAULT_PAGE : Integer.parseInt(pageSize.strip());
        try (Connection connection = PortalDatabase.connect();
                PreparedStatement query = connection.prepareStatement(select() + " AND " + idColumn() + " > ? ORDER BY "
                        + idColumn() + " OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY")) {
            int next = bindCondition(query, JobDay.of(today));
            query.setLong(next, lastId);
            query.setInt(next + 1, size);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    page.add(item(rows));
                }
            }
        }
        exhausted = page.size() < size;
    }

    /** {@code SELECT ... FROM ... WHERE <the step's condition>}, without the paging. */
    abstract String select();

    /** The qualified id column the pages follow. */
    abstract String idColumn();

    /** Binds the condition's parameters and returns the index of the next one. */
    abstract int bindCondition(PreparedStatement query, LocalDate today) throws SQLException;

    abstract T item(ResultSet row) throws SQLException;

    abstract long idOf(T item);
}
