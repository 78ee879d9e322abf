package com.serviceportal.jobs.faultcodes;

import java.io.Serializable;

/** One row of a fault-code file: the stock code and the friendly name customers see for it. */
public final class FaultCodeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final String stockCode;
    private final String friendlyName;

    public FaultCodeRow(long line, String stockCode, String friendlyName) {
        this.line = line;
        this.stockCode = stockCode;
        this.friendlyName = friendlyName;
    }

    public long getLine() {
        return line;
    }

    public String getStockCode() {
        return stockCode;
    }

    public String getFriendlyName() {
        return friendlyName;
    }
}
