package com.serviceportal.cases.files;

import java.io.Serializable;
import java.time.Instant;

/**
 * One file of a case as lists show it: everything but its bytes.
 *
 * @param id the file
 * @param folderId the folder it lies in, {@code null} at the top of the case
 * @param name its file name
 * @param contentType its media type as the uploading browser gave it
 * @param size its size in bytes
 * @param uploadedBy the name of who uploaded it
 * @param uploadedAt when
 */
public record FileListing(
        long id, Long folderId, String name, String contentType, long size, String uploadedBy, Instant uploadedAt)
        implements Serializable {}
