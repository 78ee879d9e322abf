package com.serviceportal.settings;

import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The portal-wide switches for the cross-site tabs, the Statistics, Projects and Calendar tabs, the Help desk link, the
 * site tabs and the site pages' buttons. Everyone reads them (the
 * portal menu does, on every page); only an administrator changes them, anyone else is answered
 * "not found".
 */
@Stateless
@Allowed(Audience.SIGNED_IN)
public class PortalTabService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    public PortalTabs current() {
        Map<String, PortalSetting> rows = SettingRows.read(em, PortalTabs.ROWS);
        PortalTabs tabs = new PortalTabs();
        tabs.setAllOpenCases(flag(rows, PortalTabs.ALL_OPEN_CASES));
        tabs.setAllOpenOrders(flag(rows, PortalTabs.ALL_OPEN_ORDERS));
        tabs.setHelpDesk(flag(rows, PortalTabs.HELP_DESK));
        tabs.setHelpDeskUrl(value(rows, PortalTabs.HELP_DESK_URL).orElse(null));
        tabs.setStatistics(
                value(rows, PortalTabs.STATISTICS).map(Boolean::parseBoolean).orElse(false));
        tabs.setProjects(
                value(rows, PortalTabs.PROJECTS).map(Boolean::parseBoolean).orElse(false));
        tabs.setCalendar(
                value(rows, PortalTabs.CALENDAR).map(Boolean::parseBoolean).orElse(false));
        tabs.setSiteTabs(value(rows, PortalTabs.SITE_TABS)
                .map(shown -> List.of(shown.split(",")))
                .orElse(PortalTabs.SITE_TAB_NAMES));
        tabs.setRaiseCaseButton(flag(rows, PortalTabs.RAISE_CASE_BUTTON));
        tabs.setRequestServiceButton(flag(rows, PortalTabs.REQUEST_SERVICE_BUTTON));
        tabs.setVersion(SettingRows.versionOf(rows));
        return tabs;
    }

    @Allowed(Audience.ADMINISTRATORS)
    public void save(@NotNull @Valid PortalTabs tabs) {
        SettingRows.requireUnchanged(em, tabs.getVersion(), PortalTabs.ROWS);
        store(PortalTabs.ALL_OPEN_CASES, Boolean.toString(tabs.isAllOpenCases()));
        store(PortalTabs.ALL_OPEN_ORDERS, Boolean.toString(tabs.isAllOpenOrders()));
        store(PortalTabs.HELP_DESK, Boolean.toString(tabs.isHelpDesk()));
        store(PortalTabs.HELP_DESK_URL, tabs.getHelpDeskUrl());
        store(PortalTabs.STATISTICS, Boolean.toString(tabs.isStatistics()));
        store(PortalTabs.PROJECTS, Boolean.toString(tabs.isProjects()));
        store(PortalTabs.CALENDAR, Boolean.toString(tabs.isCalendar()));
        // every tab hidden is stored as "none", as a missing row means every tab shown
        store(PortalTabs.SITE_TABS, tabs.getSiteTabs().isEmpty() ? "none" : String.join(",", tabs.getSiteTabs()));
        store(PortalTabs.RAISE_CASE_BUTTON, Boolean.toString(tabs.isRaiseCaseButton()));
        store(PortalTabs.REQUEST_SERVICE_BUTTON, Boolean.toString(tabs.isRequestServiceButton()));
    }

    /** A missing row counts as shown: the tabs are offered until an administrator hides them. */
    private static boolean flag(Map<String, PortalSetting> rows, String name) {
        return value(rows, name).map(Boolean::parseBoolean).orElse(true);
    }

    private static Optional<String> value(Map<String, PortalSetting> rows, String name) {
        return Optional.ofNullable(rows.get(name)).map(PortalSetting::getValue).filter(value -> !value.isBlank());
    }

    private void store(String name, String value) {
        PortalSetting stored = em.find(PortalSetting.class, name);
        if (stored == null) {
            em.persist(new PortalSetting(name, value));
        } else {
            stored.setValue(value);
        }
    }
}
