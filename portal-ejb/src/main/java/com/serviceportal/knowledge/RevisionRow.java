package com.serviceportal.knowledge;

import java.io.Serializable;
import java.time.Instant;

/**
 * One saved state of an article in its history.
 *
 * @param revision its number, from 1
 * @param title the title it had
 * @param state where it stood
 * @param editedBy who saved it
 * @param editedAt when
 */
public record RevisionRow(int revision, String title, ArticleState state, String editedBy, Instant editedAt)
        implements Serializable {

    static RevisionRow of(ArticleRevision revision) {
        return new RevisionRow(
                revision.getRevision(),
                revision.getTitle(),
                revision.getState(),
                revision.getEditedBy(),
                revision.getEditedAt());
    }
}
