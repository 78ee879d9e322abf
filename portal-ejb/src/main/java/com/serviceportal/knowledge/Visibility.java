package com.serviceportal.knowledge;

/** Who may read a published article. */
public enum Visibility {
    /** Every customer's contacts. */
    EVERY_CUSTOMER,
    /** The contacts of the chosen companies and of their sites. */
    CHOSEN_COMPANIES,
    /** Service-desk staff only. */
    STAFF_ONLY
}
