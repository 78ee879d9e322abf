package com.serviceportal.settings.faultcodes;

import java.io.Serializable;

/** One fault code as the administrator's list shows it. */
public final class FaultCodeEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String stockCode;
    private final String friendlyName;

    public FaultCodeEntry(String stockCode, String friendlyName) {
        this.stockCode = stockCode;
        this.friendlyName = friendlyName;
    }

    public String getStockCode() {
        return stockCode;
    }

    public String getFriendlyName() {
        return friendlyName;
    }
}
