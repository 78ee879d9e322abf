package com.serviceportal.web.portal.orders;

import com.serviceportal.orders.FaultReportChoices;
import com.serviceportal.orders.FaultReportOutcome;
import com.serviceportal.orders.FaultReportService;
import com.serviceportal.orders.NewFaultReport;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;

/**
 * Requesting service ({@code /portal/orders/report.xhtml}, optionally {@code ?equipment=<id>} or
 * {@code ?site=<id>}): the site, the item, and what is wrong. Shows the order made at once, or that
 * the report waits for the service desk.
 */
@Named
@ViewScoped
public class FaultReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FaultReportService reports;

    @Inject
    private Feedback feedback;

    @Inject
    private NotFoundResponse notFound;

    private Long site;
    private Long equipment;
    private FaultReportChoices choices;
    private FaultReportOutcome outcome;

    @Valid
    private NewFaultReport form = new NewFaultReport();

    public void load() {
        try {
            form = reports.newReport(site, equipment);
            choices = reports.choices(form.getSiteId());
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public void siteChosen() {
        form.setEquipmentId(null);
        choices = reports.choices(form.getSiteId());
    }

    public void send() {
        try {
            outcome = reports.report(form);
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public Long getSite() {
        return site;
    }

    public void setSite(Long site) {
        this.site = site;
    }

    public Long getEquipment() {
        return equipment;
    }

    public void setEquipment(Long equipment) {
        this.equipment = equipment;
    }

    public FaultReportChoices getChoices() {
        return choices;
    }

    public FaultReportOutcome getOutcome() {
        return outcome;
    }

    public NewFaultReport getForm() {
        return form;
    }
}
