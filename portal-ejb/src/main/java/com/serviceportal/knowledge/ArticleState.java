package com.serviceportal.knowledge;

/** Where an article stands: customers read only published ones. */
public enum ArticleState {
    /** Being written; only the desk sees it. */
    DRAFT,
    /** Found and read by the customers it is visible to. */
    PUBLISHED,
    /** No longer shown to customers, kept for the record. */
    ARCHIVED
}
