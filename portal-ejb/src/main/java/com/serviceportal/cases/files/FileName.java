package com.serviceportal.cases.files;

import java.util.regex.Pattern;

/**
 * The name a file is kept under. What a browser sends as a file name is never trusted as a path:
 * only its last segment is kept, without control or direction-changing characters and without
 * characters that no desktop accepts in a name, cut to a length the database holds, and never empty.
 */
public final class FileName {

    public static final int MAX_LENGTH = 255;
    static final String FALLBACK = "file";

    /** Control, format (e.g. right-to-left override), private-use and broken surrogate characters. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}]");

    private static final Pattern RESERVED = Pattern.compile("[<>:\"|?*]");
    private static final int EXTENSION_KEPT_MAX = 16;

    private FileName() {}

    public static String of(String sent) {
        if (sent == null) {
            return FALLBACK;
        }
        String name = sent;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        name = INVISIBLE.matcher(name).replaceAll("");
        name = RESERVED.matcher(name).replaceAll("_");
        name = name.strip();
        // Windows drops trailing dots and spaces, and "." or ".." would name a directory.
        name = name.replaceAll("[. ]+$", "");
        if (name.isEmpty()) {
            return FALLBACK;
        }
        return shortened(name);
    }

    /** Cuts a long name in the middle, so that its extension (what opens it) survives. */
    private static String shortened(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= EXTENSION_KEPT_MAX ? name.substring(dot) : "";
        String base = name.substring(0, MAX_LENGTH - extension.length());
        if (Character.isHighSurrogate(base.charAt(base.length() - 1))) {
            base = base.substring(0, base.length() - 1);
        }
        return base.strip() + extension;
    }
}
