package com.serviceportal.web.portal.home;

import com.serviceportal.customers.PortalMenu;
import com.serviceportal.web.portal.sites.PortalMenuView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The portal's start page ({@code /portal/home.xhtml}): the modules the contact may use, each with
 * what it is for, decided by the same portal menu the top bar shows, so a tab the administrator
 * hides is absent from both.
 */
@Named
@RequestScoped
public class PortalHomeView {

    @Inject
    private PortalMenuView menuView;

    /** The modules in menu order. */
    public List<Module> getModules() {
        PortalMenu menu = menuView.getMenu();
        List<Module> modules = new ArrayList<>();
        if (menu.isSiteContact()) {
            modules.add(new Module("mySite", "menu.mySite", "home.mySite", "/portal/sites/site", "pi-building"));
        } else {
            modules.add(new Module("jobSites", "menu.jobSites", "home.jobSites", "/portal/sites/list", "pi-building"));
        }
        if (menu.allOpenCases()) {
            modules.add(new Module("cases", "menu.allOpenCases", "home.cases", "/portal/cases/list", "pi-list"));
        }
        modules.add(new Module("newCase", "menu.newCase", "home.newCase", "/portal/cases/new", "pi-plus"));
        if (menu.allOpenOrders()) {
            modules.add(new Module("orders", "menu.allOpenOrders", "home.orders", "/portal/orders/list", "pi-wrench"));
        }
        modules.add(new Module("contracts", "menu.myContracts", "home.contracts", "/portal/contracts/list", "pi-file"));
        modules.add(new Module("equipment", "menu.equipment", "home.equipment", "/portal/equipment/list", "pi-cog"));
        if (menu.statistics()) {
            modules.add(new Module(
                    "statistics", "menu.statistics", "home.statistics", "/portal/statistics/index", "pi-chart-bar"));
        }
        if (menu.projects()) {
            modules.add(
                    new Module("projects", "menu.projects", "home.projects", "/portal/projects/list", "pi-briefcase"));
        }
        if (menu.calendar()) {
            modules.add(
                    new Module("calendar", "menu.calendar", "home.calendar", "/portal/calendar/index", "pi-calendar"));
        }
        if (menu.helpDesk()) {
            modules.add(new Module(
                    "helpDesk", "menu.helpDesk", "home.helpDesk", "/portal/knowledge/index", "pi-question-circle"));
        }
        return modules;
    }

    /** The site a site contact's "My site" opens; {@code null} for a company contact. */
    public Long getOwnSiteId() {
        return menuView.getMenu().ownSiteId();
    }

    public boolean isHelpDesk() {
        return menuView.getMenu().helpDesk();
    }

    /**
     * One module of the start page.
     *
     * @param id the card's id, for tests and anchors
     * @param title the message key of its name, the one the menu shows
     * @param text the message key of what it is for
     * @param outcome the page it opens
     * @param icon its PrimeIcons name
     */
    public record Module(String id, String title, String text, String outcome, String icon) {}
}
