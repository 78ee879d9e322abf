package com.serviceportal.web.portal.sites;

import com.serviceportal.customers.PortalMenu;
import com.serviceportal.customers.SiteService;
import com.serviceportal.security.Caller;
import com.serviceportal.settings.PortalTabs;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The portal menu of the signed-in contact: "Job Sites" or "My site", and the tabs the portal offers. */
@Named
@RequestScoped
public class PortalMenuView {

    @Inject
    private SiteService siteService;

    @Inject
    private Caller caller;

    private PortalMenu menu =
            new PortalMenu(null, true, true, true, null, false, false, false, PortalTabs.SITE_TAB_NAMES, true, true);

    @PostConstruct
    void read() {
        if (caller.accountId().isPresent()) {
            menu = siteService.portalMenu();
        }
    }

    public PortalMenu getMenu() {
        return menu;
    }
}
