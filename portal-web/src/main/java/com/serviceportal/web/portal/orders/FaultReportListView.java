package com.serviceportal.web.portal.orders;

import com.serviceportal.orders.FaultReportRow;
import com.serviceportal.orders.FaultReportService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The customer's fault reports ({@code /portal/orders/reports.xhtml}): each with its state, the order
 * made of it, or the reason it was turned down.
 */
@Named
@ViewScoped
public class FaultReportListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FaultReportService reports;

    private List<FaultReportRow> rows = List.of();

    public void load() {
        rows = reports.visibleReports();
    }

    public List<FaultReportRow> getRows() {
        return rows;
    }
}
