package com.serviceportal.orders;

import com.serviceportal.customers.Contact;
import com.serviceportal.customers.Customer;
import com.serviceportal.equipment.Equipment;
import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.equipment.NewCaseStart;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.AccessScope;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.security.ScopeCondition;
import com.serviceportal.security.UserAccount;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Fault reports ("request service"). A contact who orders directly gets a planned service order on
 * the site at once; anyone else's report waits in the desk's queue, where staff accept it (making
 * the order) or reject it with a reason the customer reads. Every report is mailed to the address
 * the settings name and to the customer's account manager.
 */
@Stateless
@Allowed(Audience.STAFF)
public class FaultReportService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @EJB
    private FaultReportMail mail;

    @EJB
    private EquipmentService equipment;

    /**
     * The sites the caller may report on (the customers it sees that have no sites below them), and
     * the equipment of {@code siteId} when given: the site's own items and those its company shares,
     * as the new-case form offers them. An unseen site or item answers "not found".
     */
    @Allowed(Audience.CUSTOMERS)
    public FaultReportChoices choices(Long siteId) {
        AccessScope scope = requireContact();
        List<Customer> sites = reportableSites(scope);
        if (siteId != null && sites.stream().noneMatch(s -> s.getId().equals(siteId))) {
            throw new NotFoundException();
        }
        return new FaultReportChoices(
                sites.stream()
                        .map(s -> new Choice(
                                s.getId(),
                                s.getName(),
                                s.isSite() ? s.getParent().getName() : null))
                        .toList(),
                siteId == null ? List.of() : equipment.choicesFor(em.find(Customer.class, siteId)));
    }

    /** A form prefilled with an item's site and the item, or with a site. */
    @Allowed(Audience.CUSTOMERS)
    public NewFaultReport newReport(Long siteId, Long equipmentId) {
        AccessScope scope = requireContact();
        NewFaultReport form = new NewFaultReport();
        if (equipmentId != null) {
            // an item the caller sees (its site's, or one its company shares), on the site it stands
            // at, or on the caller's one site when it is the company's
            NewCaseStart start = equipment.newCaseStart(equipmentId);
            List<Customer> sites = reportableSites(scope);
            Long site = sites.stream().anyMatch(s -> s.getId().equals(start.getCustomerId()))
                    ? Long.valueOf(start.getCustomerId())
                    : sites.size() == 1 ? sites.get(0).getId() : null;
            form.setSiteId(site);
            form.setEquipmentId(start.getEquipmentId());
        } else if (siteId != null) {
            scope.requireVisible(siteId);
            form.setSiteId(siteId);
        } else {
            List<Customer> sites = reportableSites(scope);
            if (sites.size() == 1) {
                form.setSiteId(sites.get(0).getId());
            }
        }
        return form;
    }

    @Allowed(Audience.CUSTOMERS)
    public FaultReportOutcome report(@NotNull @Valid NewFaultReport form) {
        AccessScope scope = requireContact();
        Customer site = reportableSites(scope).stream()
                .filter(s -> s.getId().equals(form.getSiteId()))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        Equipment item = form.getEquipmentId() == null ? null : equipment.itemFor(site, form.getEquipmentId());
        Contact contact = em.find(Contact.class, scope.contactId());
        String description = form.getDescription().strip();
        FaultReport report = new FaultReport(site, item, contact, description, Instant.now(Clock.systemUTC()));
        em.persist(report);
        WorkOrder order = null;
        if (contact.isOrderDirectly()) {
            order = orderFor(report);
            report.ordered(order);
        }
        em.flush();
        mail.reported(
                report,
                OrderService.setting(em, OrderSettings.FAULT_REPORT_EMAIL),
                OrderService.setting(em, OrderSettings.COPY_TO_OUR_REFERENCE)
                        .map(Boolean::parseBoolean)
                        .orElse(false));
        return new FaultReportOutcome(
                report.getId(), order == null ? null : order.getId(), order == null ? null : order.getNumber());
    }

    /**
     * The reports on the sites the caller sees, newest first, with their state and any reason given;
     * without the rejected ones when cancelled orders are hidden.
     */
    @Allowed(Audience.CUSTOMERS)
    public List<FaultReportRow> visibleReports() {
        AccessScope scope = requireContact();
        boolean hideCancelled = OrderService.cancelledHiddenFrom(scope, em);
        ScopeCondition visible = ScopeCondition.customers(scope, "r.site.id");
        // "Hide cancelled orders" hides the reports the desk turned down as well
        TypedQuery<FaultReport> query = visible.bind(em.createQuery(
                "SELECT r FROM FaultReport r WHERE " + visible.text()
                        + (hideCancelled ? " AND r.status <> :rejected" : "")
                        + " ORDER BY r.createdAt DESC, r.id DESC",
                FaultReport.class));
        if (hideCancelled) {
            query.setParameter("rejected", FaultReportStatus.REJECTED);
        }
        return query.setMaxResults(OrderService.LIST_LIMIT)
                .getResultStream()
                .map(r -> FaultReportRow.of(
                        r,
                        !(hideCancelled
                                && r.getWorkOrder() != null
                                && r.getWorkOrder().getStatus() == OrderStatus.CANCELLED)))
                .toList();
    }

    /** How many reports wait for the desk's decision, for the desk's menu. */
    public long waitingCount() {
        return em.createQuery("SELECT COUNT(r) FROM FaultReport r WHERE r.status = :waiting", Long.class)
                .setParameter("waiting", FaultReportStatus.WAITING)
                .getSingleResult();
    }

    /** The desk's queue: the reports waiting for a decision, oldest first. */
    public List<FaultReportRow> queue() {
        return em.createQuery(
                        "SELECT r FROM FaultReport r WHERE r.status = :waiting ORDER BY r.createdAt, r.id",
                        FaultReport.class)
                .setParameter("waiting", FaultReportStatus.WAITING)
                .getResultStream()
                .map(r -> FaultReportRow.of(r, true))
                .toList();
    }

    /** Makes a planned service order of a waiting report, linked to it. */
    public FaultReportOutcome accept(long id, long version) {
        UserAccount staff = author();
        FaultReport report = waiting(id, version);
        WorkOrder order = orderFor(report);
        report.accept(order, staff.getDisplayName(), Instant.now(Clock.systemUTC()));
        em.flush();
        return new FaultReportOutcome(report.getId(), order.getId(), order.getNumber());
    }

    /** Turns a waiting report down; the customer reads the reason. */
    public void reject(long id, long version, @NotBlank @Size(max = 1000) String reason) {
        UserAccount staff = author();
        FaultReport report = waiting(id, version);
        report.reject(reason.strip(), staff.getDisplayName(), Instant.now(Clock.systemUTC()));
    }

    private WorkOrder orderFor(FaultReport report) {
        WorkOrder order = OrderService.open(OrderType.SERVICE, report.getSite(), report.getDescription(), em);
        order.setEquipment(report.getEquipment());
        return order;
    }

    private FaultReport waiting(long id, long version) {
        FaultReport report = em.find(FaultReport.class, id);
        if (report == null) {
            throw new NotFoundException();
        }
        if (report.getStatus() != FaultReportStatus.WAITING || report.getVersion() != version) {
            throw new BusinessException("faultReports.alreadyDecided");
        }
        return report;
    }

    /** The customers the caller sees that have no sites of their own: where work is done. */
    private List<Customer> reportableSites(AccessScope scope) {
        ScopeCondition visible = ScopeCondition.customers(scope, "c.id");
        List<Customer> seen = visible.bind(
                        em.createQuery("SELECT c FROM Customer c WHERE " + visible.text(), Customer.class))
                .getResultList();
        return seen.stream()
                .filter(c -> seen.stream()
                        .noneMatch(other -> other.getParent() != null
                                && other.getParent().getId().equals(c.getId())))
                .sorted(Comparator.comparing(Customer::getName))
                .toList();
    }

    /** The caller's scope; a customer login that belongs to no contact reports nothing. */
    private AccessScope requireContact() {
        AccessScope scope = caller.scope();
        if (scope.contactId() == null) {
            throw new NotFoundException();
        }
        return scope;
    }

    private UserAccount author() {
        return em.find(UserAccount.class, caller.scope().accountId());
    }
}
