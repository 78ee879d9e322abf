package com.serviceportal.cases.files;

import java.io.Serializable;
import java.util.List;

/**
 * The folders and files of one case.
 *
 * @param folders every folder, parents before the folders inside them, each level by name
 * @param files every file, by name
 */
public record CaseFiles(List<FolderListing> folders, List<FileListing> files) implements Serializable {

    public CaseFiles {
        folders = List.copyOf(folders);
        files = List.copyOf(files);
    }

    public boolean isEmpty() {
        return folders.isEmpty() && files.isEmpty();
    }
}
