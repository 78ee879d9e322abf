package com.serviceportal.cases;

import java.io.Serializable;

/** What the customer is told after raising a case: its number and the desk's alert message, if any. */
public final class RaisedCase implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long number;
    private final String alert;

    RaisedCase(long number, String alert) {
        this.number = number;
        this.alert = alert;
    }

    public long getNumber() {
        return number;
    }

    public String getAlert() {
        return alert;
    }
}
