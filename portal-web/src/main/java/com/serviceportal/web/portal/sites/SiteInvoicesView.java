package com.serviceportal.web.portal.sites;

import com.serviceportal.invoices.InvoiceRow;
import com.serviceportal.invoices.InvoiceService;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A site's invoices ({@code /portal/sites/invoices.xhtml?site=…}), read only, overdue ones flagged. */
@Named
@ViewScoped
public class SiteInvoicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InvoiceService invoiceService;

    @Inject
    private NotFoundResponse notFound;

    private Long site;
    private List<InvoiceRow> invoices = List.of();

    public void load() {
        try {
            invoices = invoiceService.siteInvoices(site == null ? -1 : site);
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public Long getSite() {
        return site;
    }

    public void setSite(Long site) {
        this.site = site;
    }

    public List<InvoiceRow> getInvoices() {
        return invoices;
    }
}
