package com.serviceportal.cases;

import java.io.Serializable;

/** How many cases were raised after a given case number, and the newest number among them. */
public final class NewCases implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long count;
    private final long newestNumber;

    public NewCases(long count, long newestNumber) {
        this.count = count;
        this.newestNumber = newestNumber;
    }

    public long getCount() {
        return count;
    }

    public long getNewestNumber() {
        return newestNumber;
    }
}
