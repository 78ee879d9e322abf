package com.serviceportal.web.cases;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the files table: a folder, or a file with its size, uploader and time.
 *
 * @param id the folder's or the file's id
 * @param folder whether this line is a folder
 * @param name the folder's or the file's name
 * @param size a file's size in bytes; 0 for a folder
 * @param uploadedBy who uploaded a file; {@code null} for a folder
 * @param uploadedAt when; {@code null} for a folder
 */
public record FileRow(long id, boolean folder, String name, long size, String uploadedBy, Instant uploadedAt)
        implements Serializable {

    // Pages read bean getters: Jakarta EL 5 does not know record accessors.

    public long getId() {
        return id;
    }

    public boolean isFolder() {
        return folder;
    }

    public String getName() {
        return name;
    }

    public long getSize() {
        return size;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
