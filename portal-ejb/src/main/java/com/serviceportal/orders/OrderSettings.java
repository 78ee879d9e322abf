package com.serviceportal.orders;

import com.serviceportal.platform.Difference;
import com.serviceportal.settings.VersionedForm;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The portal-wide settings of orders and fault reports, as the administrator edits them. */
public class OrderSettings extends VersionedForm<OrderSettings> {

    private static final long serialVersionUID = 1L;

    static final String SHOW_ORDER_LINES = "order-lines-shown";
    static final String HIDE_CANCELLED_ORDERS = "cancelled-orders-hidden";
    static final String FAULT_REPORT_EMAIL = "fault-report-email";
    static final String COPY_TO_OUR_REFERENCE = "fault-report-copy-to-our-reference";
    static final String[] ROWS = {SHOW_ORDER_LINES, HIDE_CANCELLED_ORDERS, FAULT_REPORT_EMAIL, COPY_TO_OUR_REFERENCE};

    /** Customers see the lines (and so the value) of their orders. */
    private boolean showOrderLines;

    /** Cancelled orders are left out of everything the portal shows. */
    private boolean hideCancelledOrders;

    /** Every fault report is also mailed here; none when blank. */
    @Email
    @Size(max = 254)
    private String faultReportEmail;

    /** Every fault report is also mailed to the customer's "our reference" (its account manager). */
    private boolean copyToOurReference;

    public boolean isCopyToOurReference() {
        return copyToOurReference;
    }

    public void setCopyToOurReference(boolean copyToOurReference) {
        this.copyToOurReference = copyToOurReference;
    }

    public boolean isShowOrderLines() {
        return showOrderLines;
    }

    public void setShowOrderLines(boolean showOrderLines) {
        this.showOrderLines = showOrderLines;
    }

    public boolean isHideCancelledOrders() {
        return hideCancelledOrders;
    }

    public void setHideCancelledOrders(boolean hideCancelledOrders) {
        this.hideCancelledOrders = hideCancelledOrders;
    }

    public String getFaultReportEmail() {
        return faultReportEmail;
    }

    public void setFaultReportEmail(String faultReportEmail) {
        this.faultReportEmail = faultReportEmail;
    }

    @Override
    public List<Difference> differencesFrom(OrderSettings current) {
        return Difference.collect()
                .flag("orders.settings.showLines", current.isShowOrderLines(), showOrderLines)
                .flag("orders.settings.hideCancelled", current.isHideCancelledOrders(), hideCancelledOrders)
                .value("orders.settings.reportEmail", current.getFaultReportEmail(), faultReportEmail)
                .flag("orders.settings.copyToOurReference", current.isCopyToOurReference(), copyToOurReference)
                .list();
    }
}
