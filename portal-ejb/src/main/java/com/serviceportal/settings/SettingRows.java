package com.serviceportal.settings;

import com.serviceportal.platform.ChangedMeanwhileException;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Settings kept one row per name ({@link PortalSetting}) and saved together by one page. */
public final class SettingRows {

    private SettingRows() {}

    /**
     * The rows' versions added up. A row's version only goes up and a row once added stays, so the
     * sum is the same only when none of them changed.
     */
    public static long version(EntityManager em, String... names) {
        long sum = 0;
        for (String name : names) {
            PortalSetting stored = em.find(PortalSetting.class, name);
            sum += stored == null ? 0 : stored.getVersion();
        }
        return sum;
    }

    /** The rows of the given names that exist, read with one query (a page reads them on every request). */
    public static Map<String, PortalSetting> read(EntityManager em, String... names) {
        return em.createQuery("SELECT s FROM PortalSetting s WHERE s.name IN :names", PortalSetting.class)
                .setParameter("names", List.of(names))
                .getResultStream()
                .collect(Collectors.toMap(PortalSetting::getName, row -> row));
    }

    /** The version of rows from {@link #read}, as {@link #version} counts it: a missing row is 0. */
    public static long versionOf(Map<String, PortalSetting> rows) {
        return rows.values().stream().mapToLong(PortalSetting::getVersion).sum();
    }

    /** Refuses a save of settings read at another version than the one stored. */
    public static void requireUnchanged(EntityManager em, long read, String... names) {
        if (version(em, names) != read) {
            throw new ChangedMeanwhileException("settings.error.portalChangedMeanwhile");
        }
    }
}
