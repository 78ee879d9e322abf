package com.serviceportal.cases.files;

import java.io.Serializable;

/**
 * One folder of a case as lists show it.
 *
 * @param id the folder
 * @param parentId the folder it lies in, {@code null} at the top of the case
 * @param name its own name
 * @param path its name after those of the folders it lies in, e.g. "Photos / Before repair"
 */
public record FolderListing(long id, Long parentId, String name, String path) implements Serializable {

    // Pages read bean getters: Jakarta EL 5 does not know record accessors.

    public long getId() {
        return id;
    }

    public String getPath() {
        return path;
    }
}
