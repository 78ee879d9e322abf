package com.serviceportal.cases;

/** What a customer may do to end a case; each is tied to the tracking status it sets. */
public enum CustomerAction {
    /** The customer is satisfied: the case is finished. */
    CLOSE,
    /** The case is no longer needed. */
    CANCEL
}
