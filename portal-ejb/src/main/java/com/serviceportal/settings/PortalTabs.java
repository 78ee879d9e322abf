package com.serviceportal.settings;

import com.serviceportal.platform.Difference;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of the portal's tabs, links and buttons the whole portal offers: "All open cases", "All open
 * orders", "Statistics", "Projects", "Calendar" and the Help desk link with the address it leads to; each site's tabs; and
 * the "Raise a case" and "Request service" buttons on site pages. Hiding one removes it from the
 * menu or page; the pages stay reachable (docs/decisions/0021-site-tabs-as-pages.md).
 */
public class PortalTabs extends VersionedForm<PortalTabs> {

    private static final long serialVersionUID = 1L;

    static final String ALL_OPEN_CASES = "tab-all-open-cases";
    static final String ALL_OPEN_ORDERS = "tab-all-open-orders";
    static final String HELP_DESK = "help-desk-link";
    static final String HELP_DESK_URL = "help-desk-url";
    static final String STATISTICS = "tab-statistics";
    /** Public: the calendar's feeds, read without signing in, ask the row itself for milestones. */
    public static final String PROJECTS = "tab-projects";
    /** Public: the calendar's feeds, read without signing in, ask the row itself. */
    public static final String CALENDAR = "tab-calendar";

    static final String SITE_TABS = "site-tabs";
    static final String RAISE_CASE_BUTTON = "button-raise-case";
    static final String REQUEST_SERVICE_BUTTON = "button-request-service";
    static final String[] ROWS = {
        ALL_OPEN_CASES,
        ALL_OPEN_ORDERS,
        HELP_DESK,
        HELP_DESK_URL,
        STATISTICS,
        PROJECTS,
        CALENDAR,
        SITE_TABS,
        RAISE_CASE_BUTTON,
        REQUEST_SERVICE_BUTTON
    };

    /** The tabs of a site's pages, in their order (SME CustomerPortal: "hiding buttons and tabs"). */
    public static final List<String> SITE_TAB_NAMES =
            List.of("cases", "serviceOrders", "installOrders", "equipment", "documents", "invoices");

    private boolean allOpenCases = true;
    private boolean allOpenOrders = true;
    private boolean helpDesk = true;
    /** Off until turned on: the figures are new to the customers (docs/decisions/0048). */
    private boolean statistics;
    /** Off until turned on: not every customer has projects (issue 18, "a setting turns projects on"). */
    private boolean projects;
    /** Off until turned on, as the statistics are. */
    private boolean calendar;

    /** The site tabs shown, of {@link #SITE_TAB_NAMES}. */
    // a list the form can replace in place: Faces copies the submitted values into one of its kind
    private List<String> siteTabs = new ArrayList<>(SITE_TAB_NAMES);

    private boolean raiseCaseButton = true;
    private boolean requestServiceButton = true;

    /** The help-desk page: the knowledge base or the desk's own support site. */
    @Size(max = 500)
    @Pattern(regexp = "https?://\\S+", message = "{portalTabs.helpDeskUrlInvalid}")
    private String helpDeskUrl;

    public boolean isAllOpenCases() {
        return allOpenCases;
    }

    public void setAllOpenCases(boolean allOpenCases) {
        this.allOpenCases = allOpenCases;
    }

    public boolean isAllOpenOrders() {
        return allOpenOrders;
    }

    public void setAllOpenOrders(boolean allOpenOrders) {
        this.allOpenOrders = allOpenOrders;
    }

    public boolean isHelpDesk() {
        return helpDesk;
    }

    public void setHelpDesk(boolean helpDesk) {
        this.helpDesk = helpDesk;
    }

    public boolean isStatistics() {
        return statistics;
    }

    public void setStatistics(boolean statistics) {
        this.statistics = statistics;
    }

    public boolean isProjects() {
        return projects;
    }

    public void setProjects(boolean projects) {
        this.projects = projects;
    }

    public boolean isCalendar() {
        return calendar;
    }

    public void setCalendar(boolean calendar) {
        this.calendar = calendar;
    }

    public String getHelpDeskUrl() {
        return helpDeskUrl;
    }

    public void setHelpDeskUrl(String helpDeskUrl) {
        this.helpDeskUrl = helpDeskUrl == null || helpDeskUrl.isBlank() ? null : helpDeskUrl.strip();
    }

    public List<String> getSiteTabs() {
        return siteTabs;
    }

    /** Keeps the known tabs, in their order, whatever order or unknown names were sent. */
    public void setSiteTabs(List<String> siteTabs) {
        this.siteTabs = siteTabs == null
                ? new ArrayList<>()
                : new ArrayList<>(
                        SITE_TAB_NAMES.stream().filter(siteTabs::contains).toList());
    }

    public boolean isRaiseCaseButton() {
        return raiseCaseButton;
    }

    public void setRaiseCaseButton(boolean raiseCaseButton) {
        this.raiseCaseButton = raiseCaseButton;
    }

    public boolean isRequestServiceButton() {
        return requestServiceButton;
    }

    public void setRequestServiceButton(boolean requestServiceButton) {
        this.requestServiceButton = requestServiceButton;
    }

    /** Where the Help desk link leads, or {@code null} when it is not shown. */
    public String shownHelpDeskUrl() {
        return helpDesk ? helpDeskUrl : null;
    }

    @Override
    public List<Difference> differencesFrom(PortalTabs current) {
        return Difference.collect()
                .flag("portalTabs.allOpenCases", current.isAllOpenCases(), allOpenCases)
                .flag("portalTabs.allOpenOrders", current.isAllOpenOrders(), allOpenOrders)
                .flag("portalTabs.helpDesk", current.isHelpDesk(), helpDesk)
                .flag("portalTabs.statistics", current.isStatistics(), statistics)
                .flag("portalTabs.projects", current.isProjects(), projects)
                .flag("portalTabs.calendar", current.isCalendar(), calendar)
                .value("portalTabs.siteTabs", String.join(", ", current.getSiteTabs()), String.join(", ", siteTabs))
                .flag("portalTabs.raiseCaseButton", current.isRaiseCaseButton(), raiseCaseButton)
                .flag("portalTabs.requestServiceButton", current.isRequestServiceButton(), requestServiceButton)
                .value("portalTabs.helpDeskUrl", current.getHelpDeskUrl(), helpDeskUrl)
                .list();
    }
}
