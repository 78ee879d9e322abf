package com.serviceportal.cases;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;

/**
 * Where the next page of a case list starts: the last case a page showed, by the values the list
 * is ordered on. The next page reads only the cases after it, so turning to a later page costs what
 * turning to the second one does, and a case raised meanwhile neither repeats one nor pushes one
 * out of sight (docs/decisions/0012-case-lists-without-totals.md).
 *
 * <p>It holds only for the order and filter of the page that made it, and for the row number of
 * the page that follows; {@link CaseSearch} reads any other page from the list's start. A list
 * keeps it in the web session, so it keeps only a fingerprint of the filter and plain numbers.
 */
public final class CaseCursor implements Serializable {

    private static final long serialVersionUID = 2L;

    private final int first;
    private final CaseSort sort;
    private final int filter;
    private final Serializable key;
    private final long createdSecond;
    private final int createdNano;
    private final long caseId;

    CaseCursor(int first, CaseSort sort, int filter, Serializable key, Instant created, long caseId) {
        this.first = first;
        this.sort = Objects.requireNonNull(sort);
        this.filter = filter;
        // newest first, the sorted value is the creation time, kept once
        this.key = sort.getColumn() == CaseSort.Column.CREATED ? null : key;
        this.createdSecond = created.getEpochSecond();
        this.createdNano = created.getNano();
        this.caseId = caseId;
    }

    /** Whether the page starting at this row number is the one that follows the case it marks. */
    public boolean opens(int first) {
        return this.first == first;
    }

    /** Whether the cursor was made by a page of the same list: the same filter and order. */
    boolean continues(int filter, CaseSort sort, int first) {
        return opens(first) && this.sort.equals(sort) && this.filter == filter;
    }

    /** The last case's value of the sorted column; {@code null} when it has none. */
    Object key() {
        return sort.getColumn() == CaseSort.Column.CREATED ? created() : key;
    }

    Timestamp created() {
        return Timestamp.from(Instant.ofEpochSecond(createdSecond, createdNano));
    }

    long caseId() {
        return caseId;
    }
}
