package com.serviceportal.web.desk.orders;

import com.serviceportal.orders.FaultReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;

/** The number of fault reports waiting for the desk, counted once per request for the desk's menu. */
@Named
@RequestScoped
public class FaultReportsWaiting {

    @Inject
    private FaultReportService reports;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = reports.waitingCount();
        }
        return count;
    }

    /** The menu's label: the plain title, or the pattern ("Fault reports ({0} waiting)") with the number. */
    public String label(String title, String pattern) {
        return getCount() == 0 ? title : MessageFormat.format(pattern, getCount());
    }
}
