package com.serviceportal.cases;

/** Where a case was raised. */
public enum CaseSource {
    PORTAL,
    DESK,
    EMAIL
}
