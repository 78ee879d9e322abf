package com.serviceportal.settings.faultcodes;

import java.io.Serializable;

/** One fault code as the administrator's list shows it. */
public final class FaultCodeEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String stockCode;
    private final String friendlyName;
    private final String swedishName;

    public FaultCodeEntry(String stockCode, String friendlyName, String swedishName) {
        this.stockCode = stockCode;
        this.friendlyName = friendlyName;
        this.swedishName = swedishName;
    }

    public String getStockCode() {
        return stockCode;
    }

    public String getFriendlyName() {
        return friendlyName;
    }

    /** {@code null} when Swedish readers see the friendly name. */
    public String getSwedishName() {
        return swedishName;
    }
}
