package com.serviceportal.cases;

import java.io.Serializable;
import java.util.Objects;

/** The order of a case list: one column and its direction; ties are broken by the newest case. */
public final class CaseSort implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Newest cases first: what every list shows until someone sorts it. */
    public static final CaseSort NEWEST_FIRST = new CaseSort(Column.CREATED, false);

    /** What a list can be sorted by. */
    public enum Column {
        NUMBER,
        SUMMARY,
        /** The customer the case is on: the site, or the company when it is on no site. */
        CUSTOMER,
        /** The company, for a case on a site its parent. */
        COMPANY,
        STATUS,
        /** Critical first when ascending. */
        SEVERITY,
        TEAM,
        ASSIGNEE,
        CREATED,
        /** The next open service-level due time; cases without one last in either direction. */
        DUE
    }

    private final Column column;
    private final boolean ascending;

    public CaseSort(Column column, boolean ascending) {
        this.column = Objects.requireNonNull(column);
        this.ascending = ascending;
    }

    public Column getColumn() {
        return column;
    }

    public boolean isAscending() {
        return ascending;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseSort sort && sort.column == column && sort.ascending == ascending;
    }

    @Override
    public int hashCode() {
        return Objects.hash(column, ascending);
    }

    @Override
    public String toString() {
        return column + (ascending ? " ascending" : " descending");
    }
}
