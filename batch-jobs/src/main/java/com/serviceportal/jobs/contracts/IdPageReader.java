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
 * Reads the rows a step has to change in ascending id order and checkpoints the last id it handed out:
 * a restart goes on after it, so no row is read twice. It first counts the rows due. None: the step
 * has nothing to do. A few pages' worth: each page is asked for by the step's condition, which an
 * index answers. More: it walks the table in windows of consecutive ids along the primary key and
 * asks which rows of each window are due, so every query reads one window whatever indexes the
 * condition could also use (a plan through such an index would fetch and sort every remaining due row
 * once per page).
 *
 * @param <T> the item: the row's id and what the step needs to know of it
 */
abstract class IdPageReader<T> extends AbstractItemReader {

    private static final int DEFAULT_PAGE = 1000;

    /** Up to this many pages of due rows, each page is fetched directly by the step's condition. */
    private static final int DIRECT_PAGES = 20;

    @Inject
    @BatchProperty(name = "pageSize")
    String pageSize;

    @Inject
    @BatchProperty(name = "today")
    String today;

    private final Deque<T> page = new ArrayDeque<>();
    private long lastId;
    private long lastScanned;
    private boolean exhausted;
    private boolean walk;
    private int size;

    @Override
    public void open(Serializable checkpoint) throws SQLException {
        lastId = checkpoint == null ? Long.MIN_VALUE : (Long) checkpoint;
        lastScanned = lastId;
        size = pageSize == null || pageSize.isBlank() ? DEFAULT_PAGE : Integer.parseInt(pageSize.strip());
        long due = countDue();
        exhausted = due == 0;
        walk = due > (long) DIRECT_PAGES * size;
    }

    @Override
    public T readItem() throws SQLException {
        while (page.isEmpty() && !exhausted) {
            readWindow();
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

    private long countDue() throws SQLException {
        String alias = alias();
        try (Connection connection = PortalDatabase.connect();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM " + table() + " " + alias
                        + " WHERE " + due() + " AND " + alias + ".id > ?")) {
            int next = bindDue(query, 1, JobDay.of(today));
            query.setLong(next, lastScanned);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    private void readWindow() throws SQLException {
        String alias = alias();
        String sql = walk
                ? "SELECT w.id, CASE WHEN " + due() + " THEN 1 ELSE 0 END" + extraColumns() + " FROM (SELECT id FROM "
                        + table() + " WHERE id > ? ORDER BY id OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY) w JOIN "
                        + table() + " " + alias + " ON " + alias + ".id = w.id ORDER BY w.id"
                : "SELECT " + alias + ".id, 1" + extraColumns() + " FROM " + table() + " " + alias + " WHERE "
                        + due() + " AND " + alias + ".id > ? ORDER BY " + alias
                        + ".id OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY";
        int scanned = 0;
        try (Connection connection = PortalDatabase.connect();
                PreparedStatement query = connection.prepareStatement(sql)) {
            LocalDate day = JobDay.of(today);
            // The walk's select list has the condition before the further columns; the direct query after.
            int next = walk
                    ? bindExtraColumns(query, bindDue(query, 1, day), day)
                    : bindDue(query, bindExtraColumns(query, 1, day), day);
            query.setLong(next, lastScanned);
            query.setInt(next + 1, size);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    scanned++;
                    lastScanned = rows.getLong(1);
                    if (rows.getInt(2) == 1) {
                        page.add(item(rows));
                    }
                }
            }
        }
        exhausted = scanned < size;
    }

    /** The table the step works on. */
    abstract String table();

    /** The alias its condition uses for the table. */
    abstract String alias();

    /** The step's condition on a row. */
    abstract String due();

    /** Further columns the item needs after the id and the due flag, each starting with a comma. */
    String extraColumns() {
        return "";
    }

    /** Binds the parameters of {@link #due()} from {@code first}; returns the next index. */
    abstract int bindDue(PreparedStatement query, int first, LocalDate today) throws SQLException;

    /** Binds the parameters of {@link #extraColumns()} from {@code first}; returns the next index. */
    int bindExtraColumns(PreparedStatement query, int first, LocalDate today) throws SQLException {
        return first;
    }

    /** The item of a due row; the id is column 1, the further columns start at 3. */
    abstract T item(ResultSet row) throws SQLException;

    abstract long idOf(T item);
}
