package com.serviceportal.settings;

import com.serviceportal.platform.Difference;
import java.util.List;

/** An entry of an administration list: a {@link VersionedForm} of one row, known by its id. */
public abstract class VersionedEntry<E extends VersionedEntry<E>> extends VersionedForm<E> {

    private static final long serialVersionUID = 1L;

    /** {@code null} for an entry not yet added. */
    public abstract Long getId();

    /**
     * After a refused save of {@code typed}: its differences from the same entry in {@code current}
     * (the list read anew), with {@code typed} rebased on it; none when the entry has gone.
     */
    public static <E extends VersionedEntry<E>> List<Difference> compareWithCurrent(E typed, List<E> current) {
        return current.stream()
                .filter(c -> c.getId() != null && c.getId().equals(typed.getId()))
                .findFirst()
                .map(c -> compareWith(typed, c))
                .orElse(List.of());
    }
}
