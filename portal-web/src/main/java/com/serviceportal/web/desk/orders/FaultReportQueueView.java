package com.serviceportal.web.desk.orders;

import com.serviceportal.orders.FaultReportOutcome;
import com.serviceportal.orders.FaultReportRow;
import com.serviceportal.orders.FaultReportService;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * The desk's queue of fault reports ({@code /desk/orders/reports.xhtml}): accept one (a planned
 * service order is made of it) or reject it with a reason the customer reads.
 */
@Named
@ViewScoped
public class FaultReportQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FaultReportService reports;

    @Inject
    private Feedback feedback;

    private List<FaultReportRow> rows = List.of();
    private FaultReportRow rejecting;
    // The same limit as FaultReportService.reject, so the page says so beside the field.
    @Size(max = 1000)
    private String reason;

    public void load() {
        rows = reports.queue();
    }

    public void accept(FaultReportRow report) {
        try {
            FaultReportOutcome outcome = reports.accept(report.id(), report.version());
            feedback.info("faultReports.accepted", Long.toString(outcome.orderNumber()));
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
    }

    public void startRejecting(FaultReportRow report) {
        rejecting = report;
        reason = null;
    }

    public void reject() {
        if (rejecting == null) {
            return;
        }
        try {
            reports.reject(rejecting.id(), rejecting.version(), reason);
            feedback.info("faultReports.rejected");
            rejecting = null;
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
    }

    public void stopRejecting() {
        rejecting = null;
    }

    public List<FaultReportRow> getRows() {
        return rows;
    }

    public FaultReportRow getRejecting() {
        return rejecting;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
