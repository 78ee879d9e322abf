package com.serviceportal.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lists of ids in a query's {@code IN}, written so that every database takes them: an empty list
 * matches nothing (never {@code IN ()}, which is no SQL at all), and a statement never carries more
 * than {@value #MOST_PARAMETERS} of them as parameters (SQL Server refuses more than 2,100 in one
 * statement). Code that can run its query once per slice does so ({@link #slices}); a condition that
 * must stay one (a scope inside a paged query) writes a longer list as number literals, which are
 * ids read from the database, never text a user typed. Such a list is rare (a company with more than
 * a thousand sites) and slower, as no index seeks it in JPQL; SQL Server would refuse it otherwise.
 */
public final class IdList {

    /** The most ids one statement carries as parameters. */
    public static final int MOST_PARAMETERS = 1000;

    private static final String NOTHING = "1 = 0";

    private IdList() {}

    /** The ids in slices of at most {@value #MOST_PARAMETERS}, in their order; none for no ids. */
    public static <T> List<List<T>> slices(List<T> ids) {
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += MOST_PARAMETERS) {
            slices.add(ids.subList(from, Math.min(ids.size(), from + MOST_PARAMETERS)));
        }
        return slices;
    }

    /**
     * Native SQL: {@code column IN (?, ...)} with the ids added to the positional {@code parameters},
     * or their literals when they are more than {@value #MOST_PARAMETERS}; {@code 1 = 0} for none.
     */
    public static String sql(String column, Collection<Long> ids, List<Object> parameters) {
        if (ids.isEmpty()) {
            return NOTHING;
        }
        List<Long> sorted = ids.stream().sorted().distinct().toList();
        if (sorted.size() > MOST_PARAMETERS) {
            return column + " IN (" + literals(sorted) + ")";
        }
        parameters.addAll(sorted);
        return column + " IN (" + "?, ".repeat(sorted.size() - 1) + "?)";
    }

    /**
     * JPQL: {@code path IN :name} with the ids put into the named {@code parameters}, or their
     * literals when they are more than {@value #MOST_PARAMETERS}; {@code 1 = 0} for none.
     */
    public static String jpql(String path, Collection<Long> ids, String name, Map<String, Object> parameters) {
        if (ids.isEmpty()) {
            return NOTHING;
        }
        if (ids.size() > MOST_PARAMETERS) {
            // EclipseLink binds a JPQL literal as a parameter; text inside its SQL() stays text
            return "SQL('CASE WHEN ? IN ("
                    + literals(ids.stream().sorted().distinct().toList()) + ") THEN 1 ELSE 0 END', " + path + ") = 1";
        }
        parameters.put(name, ids);
        return path + " IN :" + name;
    }

    private static String literals(List<Long> ids) {
        // Long.toString of a Long: digits and a sign only
        return ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(", "));
    }
}
