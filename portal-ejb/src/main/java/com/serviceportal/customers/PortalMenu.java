package com.serviceportal.customers;

import java.io.Serializable;
import java.util.List;

/**
 * The portal menu of one contact: "Job Sites" for a company contact, "My site" for a site contact,
 * and the entries the administrator has not hidden.
 *
 * @param ownSiteId the site of a site contact, who goes straight to it; {@code null} otherwise
 * @param allOpenCases whether "All open cases" is offered
 * @param allOpenOrders whether "All open orders" is offered
 * @param helpDesk whether "Help desk" (the knowledge base) is offered
 * @param helpDeskUrl the desk's own support site, linked from the knowledge base; {@code null} when
 *     there is none or the Help desk is hidden
 * @param statistics whether "Statistics" is offered
 * @param projects whether "Projects" is offered
 * @param calendar whether "Calendar" is offered
 * @param siteTabs the tabs a site's pages show ({@code PortalTabs.SITE_TAB_NAMES})
 * @param raiseCaseButton whether site pages offer "Raise a case"
 * @param requestServiceButton whether site pages offer "Request service"
 */
public record PortalMenu(
        Long ownSiteId,
        boolean allOpenCases,
        boolean allOpenOrders,
        boolean helpDesk,
        String helpDeskUrl,
        boolean statistics,
        boolean projects,
        boolean calendar,
        List<String> siteTabs,
        boolean raiseCaseButton,
        boolean requestServiceButton)
        implements Serializable {

    /** Whether a site's pages show the tab (cases, serviceOrders, installOrders, equipment, documents, invoices). */
    public boolean showsSiteTab(String tab) {
        return siteTabs.contains(tab);
    }

    public boolean isSiteContact() {
        return ownSiteId != null;
    }
}
