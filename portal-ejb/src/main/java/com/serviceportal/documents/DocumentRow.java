package com.serviceportal.documents;

import java.io.Serializable;
import java.time.Instant;

/**
 * One document as the lists show it.
 *
 * @param id the document's id
 * @param title what it is
 * @param fileName the name it downloads under
 * @param size its size in bytes
 * @param customer the name of the company or site it is filed on
 * @param published whether customers see it
 * @param uploadedAt when the desk added it
 */
public record DocumentRow(
        long id, String title, String fileName, long size, String customer, boolean published, Instant uploadedAt)
        implements Serializable {

    static DocumentRow of(Document document) {
        return new DocumentRow(
                document.getId(),
                document.getTitle(),
                document.getFileName(),
                document.getSize(),
                document.getCustomer().getName(),
                document.isPublished(),
                document.getUploadedAt());
    }
}
