package com.serviceportal.orders;

/** What a work order is for: a service visit or an installation. */
public enum OrderType {
    SERVICE,
    INSTALL
}
