package com.serviceportal.cases.files;

import java.io.Serializable;

/**
 * A file waiting on the new-case form, as the form lists it.
 *
 * @param id the waiting file
 * @param name its file name
 * @param size its size in bytes
 */
public record WaitingFileListing(long id, String name, long size) implements Serializable {

    // Pages read bean getters: Jakarta EL 5 does not know record accessors.

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getSize() {
        return size;
    }
}
