package com.serviceportal.cases;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Where the next page of a case list starts: the last case a page showed, by the values the list
 * is ordered on. The next page reads only the cases after it, so turning to a later page costs what
 * turning to the second one does, and a case raised meanwhile neither repeats one nor pushes one
 * out of sight (docs/decisions/0012-case-lists-without-totals.md).
 *
 * <p>It holds only for the order and filter of the page that made it, and for the row number of
 * the page that follows; {@link CaseSearch} reads any other page from the list's start.
 */
public final class CaseCursor implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int first;
    private final CaseSort sort;
    private final List<String> filter;
    private final Serializable key;
    private final Serializable created;
    private final long caseId;

    CaseCursor(int first, CaseSort sort, List<String> filter, Serializable key, Serializable created, long caseId) {
        this.first = first;
        this.sort = Objects.requireNonNull(sort);
        this.filter = List.copyOf(filter);
        this.key = key;
        this.created = Objects.requireNonNull(created);
        this.caseId = caseId;
    }

    /** Whether the page starting at this row number is the one that follows the case it marks. */
    public boolean opens(int first) {
        return this.first == first;
    }

    /** Whether the cursor was made by a page of the same list: the same filter and order. */
    boolean continues(List<String> filter, CaseSort sort, int first) {
        return opens(first) && this.sort.equals(sort) && this.filter.equals(filter);
    }

    /** The last case's value of the sorted column; {@code null} when it has none. */
    Object key() {
        return key;
    }

    Object created() {
        return created;
    }

    long caseId() {
        return caseId;
    }
}
