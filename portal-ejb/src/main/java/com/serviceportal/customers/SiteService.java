package com.serviceportal.customers;

import com.serviceportal.orders.OrderStatus;
import com.serviceportal.orders.OrderType;
import com.serviceportal.platform.IdList;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.AccessScope;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.security.ScopeCondition;
import com.serviceportal.settings.PortalTabService;
import com.serviceportal.settings.PortalTabs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sites a contact sees, each with its open activities, and the portal menu that leads to them.
 * Everything is narrowed to the caller's scope; a site outside it answers "not found".
 */
@Stateless
@Allowed(Audience.SIGNED_IN)
public class SiteService {

    private static final List<OrderStatus> OPEN_ORDER =
            List.of(OrderStatus.PLANNED, OrderStatus.SCHEDULED, OrderStatus.IN_PROGRESS);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private PortalTabService portalTabs;

    /** The Job Sites page: a site contact's own site, or every site a company contact sees. */
    public JobSites jobSites() {
        Long own = ownSite(caller.scope());
        return own != null ? new JobSites(own, List.of()) : new JobSites(null, visibleSites());
    }

    /** The Job Sites list: every site the caller sees, by name, with its address and open activities. */
    public List<SiteRow> visibleSites() {
        List<Customer> sites = sitesOf(caller.scope());
        Map<Long, OpenActivities> open =
                openActivities(sites.stream().map(Customer::getId).toList());
        return sites.stream()
                .map(site -> new SiteRow(
                        site.getId(),
                        site.getAccountNumber(),
                        site.getName(),
                        SiteAddress.of(site),
                        open.getOrDefault(site.getId(), OpenActivities.NONE)))
                .toList();
    }

    /** The header of one site's pages; a site the caller does not see answers "not found". */
    public SiteHeader getSite(long siteId) {
        AccessScope scope = caller.scope();
        scope.requireVisible(siteId);
        Customer site = em.find(Customer.class, siteId);
        if (site == null) {
            throw new NotFoundException();
        }
        Customer company = site.getParent();
        return new SiteHeader(
                site.getId(),
                site.getAccountNumber(),
                site.getName(),
                company == null ? null : company.getName(),
                SiteAddress.of(site),
                accountManagerOf(site),
                openActivities(List.of(siteId)).getOrDefault(siteId, OpenActivities.NONE),
                ownSite(scope) == null);
    }

    /** The portal menu for the caller: "My site" or "Job Sites", and the tabs the portal offers. */
    public PortalMenu portalMenu() {
        AccessScope scope = caller.scope();
        PortalTabs tabs = portalTabs.current();
        return new PortalMenu(
                ownSite(scope),
                tabs.isAllOpenCases(),
                tabs.isAllOpenOrders(),
                tabs.isHelpDesk(),
                tabs.shownHelpDeskUrl(),
                tabs.isStatistics(),
                tabs.isProjects(),
                tabs.isCalendar(),
                List.copyOf(tabs.getSiteTabs()),
                tabs.isRaiseCaseButton(),
                tabs.isRequestServiceButton());
    }

    /**
     * Open cases, service and install orders and unpaid invoices per site, with one grouped query
     * per kind (and per slice of a thousand sites), never one per site.
     */
    Map<Long, OpenActivities> openActivities(List<Long> siteIds) {
        Map<Long, long[]> counts = new HashMap<>();
        // SQL Server takes at most 2,100 parameters a statement: long id lists are counted in slices
        for (List<Long> slice : IdList.slices(siteIds)) {
            for (Object[] row : em.createQuery(
                            "SELECT c.customer.id, COUNT(c) FROM Case c"
                                    + " WHERE c.customer.id IN :ids AND c.complete = FALSE GROUP BY c.customer.id",
                            Object[].class)
                    .setParameter("ids", slice)
                    .getResultList()) {
                add(counts, row[0], 0, row[1]);
            }
            for (Object[] row : em.createQuery(
                            "SELECT o.site.id, o.type, COUNT(o) FROM WorkOrder o"
                                    + " WHERE o.site.id IN :ids AND o.status IN :open GROUP BY o.site.id, o.type",
                            Object[].class)
                    .setParameter("ids", slice)
                    .setParameter("open", OPEN_ORDER)
                    .getResultList()) {
                add(counts, row[0], row[1] == OrderType.SERVICE ? 1 : 2, row[2]);
            }
            for (Object[] row : em.createQuery(
                            "SELECT i.customer.id, COUNT(i) FROM Invoice i"
                                    + " WHERE i.customer.id IN :ids AND i.paid = FALSE GROUP BY i.customer.id",
                            Object[].class)
                    .setParameter("ids", slice)
                    .getResultList()) {
                add(counts, row[0], 3, row[1]);
            }
        }
        Map<Long, OpenActivities> open = new HashMap<>();
        counts.forEach((id, c) -> open.put(id, new OpenActivities(c[0], c[1], c[2], c[3])));
        return open;
    }

    private static void add(Map<Long, long[]> counts, Object siteId, int kind, Object count) {
        counts.computeIfAbsent((Long) siteId, id -> new long[4])[kind] += ((Number) count).longValue();
    }

    /** A contact on a site goes straight to it; a company contact (or staff) has no own site. */
    private Long ownSite(AccessScope scope) {
        if (scope.isStaff() || scope.homeCustomerId() == null || !scope.sees(scope.homeCustomerId())) {
            return null;
        }
        Customer home = em.find(Customer.class, scope.homeCustomerId());
        return home != null && home.isSite() ? home.getId() : null;
    }

    /** The sites the caller sees: the customers with a parent, within the scope. */
    private List<Customer> sitesOf(AccessScope scope) {
        if (!(scope instanceof AccessScope.Customers contact)) {
            return em.createQuery("SELECT c FROM Customer c WHERE c.parent IS NOT NULL ORDER BY c.name", Customer.class)
                    .getResultList();
        }
        List<Customer> sites = new ArrayList<>();
        List<Long> visible = ScopeCondition.listedCustomers(contact);
        for (List<Long> slice : IdList.slices(visible)) {
            sites.addAll(em.createQuery(
                            "SELECT c FROM Customer c WHERE c.id IN :ids AND c.parent IS NOT NULL", Customer.class)
                    .setParameter("ids", slice)
                    .getResultList());
        }
        sites.sort((a, b) -> a.getName().compareToIgnoreCase(b.getName()));
        return sites;
    }

    private String accountManagerOf(Customer site) {
        for (Customer c = site; c != null; c = c.getParent()) {
            if (c.getAccountManager() != null) {
                return c.getAccountManager().getDisplayName();
            }
        }
        return null;
    }
}
