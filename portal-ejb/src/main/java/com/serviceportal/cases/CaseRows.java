package com.serviceportal.cases;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a case list and whether another page follows. The total is not counted: counting
 * every matching case on each page turn would cost more than the page itself (see
 * docs/decisions/0012-case-lists-without-totals.md).
 */
public final class CaseRows implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<CaseRow> rows;
    private final boolean more;
    private final CaseCursor next;

    public CaseRows(List<CaseRow> rows, boolean more) {
        this(rows, more, null);
    }

    CaseRows(List<CaseRow> rows, boolean more, CaseCursor next) {
        this.rows = List.copyOf(rows);
        this.more = more;
        this.next = next;
    }

    public List<CaseRow> getRows() {
        return rows;
    }

    /** Whether at least one more case matches after this page. */
    public boolean hasMore() {
        return more;
    }

    /** Where the next page starts, to pass to the next search; {@code null} when none follows. */
    public CaseCursor next() {
        return next;
    }
}
