package com.serviceportal.jobs.faultcodes;

import java.io.Serializable;

/**
 * One row of a fault-code file: the stock code, the friendly name customers see for it and its
 * Swedish name: {@code null} when the file has no such column (the stored one stays), empty for none.
 */
public final class FaultCodeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final String stockCode;
    private final String friendlyName;
    private final String swedishName;

    public FaultCodeRow(long line, String stockCode, String friendlyName, String swedishName) {
        this.line = line;
        this.stockCode = stockCode;
        this.friendlyName = friendlyName;
        this.swedishName = swedishName;
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

    public String getSwedishName() {
        return swedishName;
    }
}
