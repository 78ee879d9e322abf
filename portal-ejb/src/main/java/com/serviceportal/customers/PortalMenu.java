package com.serviceportal.customers;

import java.io.Serializable;

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
 */
public record PortalMenu(
        Long ownSiteId,
        boolean allOpenCases,
        boolean allOpenOrders,
        boolean helpDesk,
        String helpDeskUrl,
        boolean statistics)
        implements Serializable {

    public boolean isSiteContact() {
        return ownSiteId != null;
    }
}
