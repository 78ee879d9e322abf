package com.serviceportal.settings;

import com.serviceportal.platform.Difference;
import java.io.Serializable;
import java.util.List;

/**
 * An entry of an administration list, carrying the version it was read at: the service refuses a
 * save from an older one. After such a refusal the page shows where the row now differs from the
 * form and takes the row's version, so saving again stores the form over what the user has seen.
 */
public abstract class VersionedEntry<E extends VersionedEntry<E>> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The version the entry was read at (0 for an entry not yet added). */
    private long version;

    /** {@code null} for an entry not yet added. */
    public abstract Long getId();

    /** Where the entry as it now stands differs from this one. */
    public abstract List<Difference> differencesFrom(E current);

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** Keeps what was typed, read anew at the version now stored. */
    public void rebaseOn(E current) {
        version = current.getVersion();
    }

    /**
     * After a refused save of {@code typed}: its differences from the same entry in {@code current}
     * (the list read anew), with {@code typed} rebased on it; none when the entry has gone.
     */
    public static <E extends VersionedEntry<E>> List<Difference> compareWithCurrent(E typed, List<E> current) {
        return current.stream()
                .filter(c -> c.getId() != null && c.getId().equals(typed.getId()))
                .findFirst()
                .map(c -> {
                    List<Difference> differences = typed.differencesFrom(c);
                    typed.rebaseOn(c);
                    return differences;
                })
                .orElse(List.of());
    }
}
