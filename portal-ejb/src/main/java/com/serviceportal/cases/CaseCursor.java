package com.serviceportal.cases;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Where the next page of a case list starts: the last case a page showed, by the values the list
 * is ordered on. The next page reads only the cases after it, so turning to a later page costs what
 * turning to the second one does, and a case raised meanwhile neither repeats one nor pushes one
 * out of sight (docs/decisions/0012-case-lists-without-totals.md).
 *
 * <p>It holds only for the order and filter of the page that made it, and for the row number of
 * the page that follows; {@link CaseSearch} reads any other page from the list's start. A list
 * keeps it in the web session or carries it in the page as text ({@link #toText()}), so it keeps
 * only a fingerprint of the filter and plain values. Text that comes back changed can only move
 * where a page starts: the search still applies the caller's scope and filter.
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

    /** The cursor as text for a page to carry; {@link #fromText(String)} reads it back. */
    public String toText() {
        return String.join(
                ".",
                Integer.toString(first),
                sort.getColumn().name(),
                sort.isAscending() ? "asc" : "desc",
                Integer.toString(filter),
                keyText(key),
                Long.toString(createdSecond),
                Integer.toString(createdNano),
                Long.toString(caseId));
    }

    /** The cursor a page carried as text, or {@code null} when the text is no cursor. */
    public static CaseCursor fromText(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 8) {
            return null;
        }
        try {
            CaseSort sort = new CaseSort(CaseSort.Column.valueOf(parts[1]), parts[2].equals("asc"));
            Instant created = Instant.ofEpochSecond(Long.parseLong(parts[5]), Integer.parseInt(parts[6]));
            return new CaseCursor(
                    Integer.parseInt(parts[0]),
                    sort,
                    Integer.parseInt(parts[3]),
                    keyOf(parts[4]),
                    created,
                    Long.parseLong(parts[7]));
        } catch (RuntimeException malformed) {
            // any part that is not what toText() writes: the page is read from the list's start
            return null;
        }
    }

    /** A sorted value as text: its kind, then the value (text in URL-safe Base64). */
    private static String keyText(Serializable key) {
        if (key == null) {
            return "-";
        }
        if (key instanceof Number number) {
            return "n" + number.longValue();
        }
        if (key instanceof java.util.Date || key instanceof java.time.LocalDateTime) {
            Instant time = key instanceof java.time.LocalDateTime local
                    ? Timestamp.valueOf(local).toInstant()
                    : ((java.util.Date) key).toInstant();
            return "t" + time.getEpochSecond() + "_" + time.getNano();
        }
        return "s"
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Serializable keyOf(String text) {
        if (text.equals("-")) {
            return null;
        }
        String value = text.substring(1);
        return switch (text.charAt(0)) {
            case 'n' -> Long.parseLong(value);
            case 't' -> {
                String[] time = value.split("_");
                yield Timestamp.from(Instant.ofEpochSecond(Long.parseLong(time[0]), Integer.parseInt(time[1])));
            }
            case 's' -> new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("no kind of sorted value: " + text);
        };
    }
}
