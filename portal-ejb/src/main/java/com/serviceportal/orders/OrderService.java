package com.serviceportal.orders;

import com.serviceportal.cases.Case;
import com.serviceportal.customers.Contact;
import com.serviceportal.customers.Customer;
import com.serviceportal.equipment.Equipment;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.AccessScope;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.security.Role;
import com.serviceportal.security.ScopeCondition;
import com.serviceportal.security.UserAccount;
import com.serviceportal.settings.PortalSetting;
import com.serviceportal.settings.SettingRows;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Work orders. The desk lists, creates (also from a case), schedules, adds lines to, completes and
 * cancels them; customers read the orders of the sites they see, with lines, purchase prices and
 * performed action shown as the portal settings and their own options allow.
 */
@Stateless
@Allowed(Audience.STAFF)
public class OrderService {

    /** The most orders a list shows at once; filters narrow it. */
    public static final int LIST_LIMIT = 300;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    // ---- the desk

    public List<OrderRow> list(@NotNull OrderFilter filter) {
        StringBuilder jpql =
                new StringBuilder("SELECT o FROM WorkOrder o JOIN o.site s LEFT JOIN s.parent p WHERE 1 = 1");
        if (filter.getCustomerId() != null) {
            jpql.append(" AND (s.id = :customer OR p.id = :customer)");
        }
        if (filter.getType() != null) {
            jpql.append(" AND o.type = :type");
        }
        if (filter.getStatus() != null) {
            jpql.append(" AND o.status = :status");
        } else if (filter.isOpenOnly()) {
            jpql.append(" AND o.status IN :open");
        }
        jpql.append(" ORDER BY o.number DESC");
        TypedQuery<WorkOrder> query = em.createQuery(jpql.toString(), WorkOrder.class);
        if (filter.getCustomerId() != null) {
            query.setParameter("customer", filter.getCustomerId());
        }
        if (filter.getType() != null) {
            query.setParameter("type", filter.getType());
        }
        if (filter.getStatus() != null) {
            query.setParameter("status", filter.getStatus());
        } else if (filter.isOpenOnly()) {
            query.setParameter("open", openStatuses());
        }
        return query.setMaxResults(LIST_LIMIT)
                .getResultStream()
                .map(OrderRow::of)
                .toList();
    }

    /** Every customer (companies first, then sites) and every staff member who may be sent out. */
    public OrderChoices choices() {
        List<Choice> sites = em.createQuery("SELECT c FROM Customer c ORDER BY c.name", Customer.class)
                .getResultStream()
                .sorted(Comparator.comparing(Customer::isSite))
                .map(c -> new Choice(
                        c.getId(), c.getName(), c.isSite() ? c.getParent().getName() : null))
                .toList();
        List<Choice> technicians = em.createQuery(
                        "SELECT a FROM UserAccount a WHERE a.role <> :customer AND a.enabled = TRUE"
                                + " ORDER BY a.displayName",
                        UserAccount.class)
                .setParameter("customer", Role.CUSTOMER)
                .getResultStream()
                .map(a -> new Choice(a.getId(), a.getDisplayName()))
                .toList();
        return new OrderChoices(sites, technicians);
    }

    /** The equipment on one customer, for the order form. */
    public List<Choice> equipmentOn(long siteId) {
        return equipmentChoices(em, siteId);
    }

    /** A blank order, or one prefilled from a case: its site, equipment and description. */
    public OrderForm newOrder(Long caseNumber) {
        OrderForm form = new OrderForm();
        if (caseNumber != null) {
            Case from = caseByNumber(caseNumber);
            form.setCaseNumber(from.getNumber());
            form.setSiteId(from.getCustomer().getId());
            form.setEquipmentId(
                    from.getEquipment() == null ? null : from.getEquipment().getId());
            String text = from.getDescription() == null || from.getDescription().isBlank()
                    ? from.getSummary()
                    : from.getSummary() + "\n\n" + from.getDescription();
            form.setDescription(text.length() > 2000 ? text.substring(0, 2000) : text);
        }
        return form;
    }

    public OrderDetails create(@NotNull @Valid OrderForm form) {
        Customer site = customer(form.getSiteId());
        WorkOrder order = open(form.getType(), site, form.getDescription().strip(), em);
        if (form.getEquipmentId() != null) {
            order.setEquipment(equipmentOn(site, form.getEquipmentId(), em));
        }
        if (form.getCaseNumber() != null) {
            order.setServiceCase(caseByNumber(form.getCaseNumber()));
        }
        return deskView(order);
    }

    /** The order as the desk sees it: everything. */
    public OrderDetails get(long id) {
        return deskView(find(id));
    }

    public OrderDetails schedule(long id, long version, @NotNull OrderSchedule schedule) {
        WorkOrder order = changeable(id, version);
        order.setPlannedDate(schedule.getPlannedDate());
        order.setVisitAt(
                schedule.getVisitAt() == null
                        ? null
                        : schedule.getVisitAt().atZone(ZoneId.systemDefault()).toInstant());
        order.setTechnician(schedule.getTechnicianId() == null ? null : technician(schedule.getTechnicianId()));
        boolean scheduled = order.getPlannedDate() != null || order.getVisitAt() != null;
        if (scheduled && order.getStatus() == OrderStatus.PLANNED) {
            order.setStatus(OrderStatus.SCHEDULED);
        } else if (!scheduled && order.getStatus() == OrderStatus.SCHEDULED) {
            order.setStatus(OrderStatus.PLANNED);
        }
        return flushed(order);
    }

    /** The technician is on it. */
    public OrderDetails start(long id, long version) {
        WorkOrder order = changeable(id, version);
        order.setStatus(OrderStatus.IN_PROGRESS);
        return flushed(order);
    }

    /** Adds a line, or saves the changes to one. */
    public OrderDetails saveLine(long id, long version, @NotNull @Valid LineForm form) {
        WorkOrder order = changeable(id, version);
        OrderLine line;
        if (form.getLineId() == null) {
            int next = order.getLines().stream()
                            .mapToInt(OrderLine::getLineNumber)
                            .max()
                            .orElse(0)
                    + 1;
            line = new OrderLine(order, next, form.getArticle().strip(), form.getQuantity(), form.getPrice());
            order.getLines().add(line);
        } else {
            line = lineOf(order, form.getLineId());
            line.change(form.getArticle().strip(), form.getQuantity(), form.getPrice());
        }
        line.setDescription(blankToNull(form.getDescription()));
        line.setPurchasePrice(form.getPurchasePrice());
        return flushed(order);
    }

    public OrderDetails removeLine(long id, long version, long lineId) {
        WorkOrder order = changeable(id, version);
        order.getLines().remove(lineOf(order, lineId));
        return flushed(order);
    }

    public OrderDetails recordPerformedAction(long id, long version, String performedAction) {
        if (performedAction != null && performedAction.strip().length() > WorkOrder.PERFORMED_ACTION_MAX) {
            throw new BusinessException("orders.error.performedActionTooLong", WorkOrder.PERFORMED_ACTION_MAX);
        }
        WorkOrder order = changeable(id, version);
        order.setPerformedAction(blankToNull(performedAction));
        return flushed(order);
    }

    /** The work is done: the order is closed and keeps the time it was completed. */
    public OrderDetails complete(long id, long version) {
        WorkOrder order = changeable(id, version);
        order.setStatus(OrderStatus.COMPLETED);
        order.setCompletedAt(Instant.now(Clock.systemUTC()));
        return flushed(order);
    }

    public OrderDetails cancel(long id, long version) {
        WorkOrder order = changeable(id, version);
        order.setStatus(OrderStatus.CANCELLED);
        return flushed(order);
    }

    // ---- the portal

    /**
     * The caller's orders: of one site it sees (a hidden or unknown site answers "not found"), or of
     * every site it sees; of one type or both; open ones only unless {@code includeClosed}.
     */
    @Allowed(Audience.SIGNED_IN)
    public PortalOrders visibleOrders(Long siteId, OrderType type, boolean includeClosed) {
        AccessScope scope = caller.scope();
        Customer site = null;
        if (siteId != null) {
            scope.requireVisible(siteId);
            site = customer(siteId);
        }
        ScopeCondition visible = ScopeCondition.customers(scope, "o.site.id");
        StringBuilder jpql = new StringBuilder("SELECT o FROM WorkOrder o WHERE ").append(visible.text());
        if (site != null) {
            jpql.append(" AND o.site.id = :site");
        }
        if (type != null) {
            jpql.append(" AND o.type = :type");
        }
        jpql.append(" AND o.status IN :shown ORDER BY o.number DESC");
        TypedQuery<WorkOrder> query = visible.bind(em.createQuery(jpql.toString(), WorkOrder.class));
        if (site != null) {
            query.setParameter("site", site.getId());
        }
        if (type != null) {
            query.setParameter("type", type);
        }
        query.setParameter("shown", includeClosed ? statusesShownTo(scope, em) : openStatuses());
        List<OrderRow> rows = query.setMaxResults(LIST_LIMIT)
                .getResultStream()
                .map(OrderRow::of)
                .toList();
        return new PortalOrders(
                site == null ? null : site.getId(), site == null ? null : OrderDetails.nameOf(site), rows);
    }

    /** One order of a site the caller sees, showing what the settings and the contact's options allow. */
    @Allowed(Audience.SIGNED_IN)
    public OrderDetails visibleOrder(long id) {
        AccessScope scope = caller.scope();
        WorkOrder order = find(id);
        scope.requireVisible(order.getSite().getId());
        if (scope.isStaff()) {
            return deskView(order);
        }
        if (order.getStatus() == OrderStatus.CANCELLED && cancelledHiddenFrom(scope, em)) {
            throw new NotFoundException();
        }
        Contact contact = em.find(Contact.class, scope.contactId());
        return OrderDetails.of(
                order,
                settingOn(OrderSettings.SHOW_ORDER_LINES),
                contact.isOrderLinePurchasePrices(),
                !contact.isHidePerformedAction());
    }

    // ---- settings

    @Allowed(Audience.ADMINISTRATORS)
    public OrderSettings settings() {
        OrderSettings values = new OrderSettings();
        values.setShowOrderLines(settingOn(OrderSettings.SHOW_ORDER_LINES));
        values.setHideCancelledOrders(settingOn(OrderSettings.HIDE_CANCELLED_ORDERS));
        values.setFaultReportEmail(setting(em, OrderSettings.FAULT_REPORT_EMAIL).orElse(null));
        values.setCopyToOurReference(settingOn(OrderSettings.COPY_TO_OUR_REFERENCE));
        values.setVersion(SettingRows.version(em, OrderSettings.ROWS));
        return values;
    }

    @Allowed(Audience.ADMINISTRATORS)
    public void saveSettings(@NotNull @Valid OrderSettings values) {
        SettingRows.requireUnchanged(em, values.getVersion(), OrderSettings.ROWS);
        store(OrderSettings.SHOW_ORDER_LINES, Boolean.toString(values.isShowOrderLines()));
        store(OrderSettings.HIDE_CANCELLED_ORDERS, Boolean.toString(values.isHideCancelledOrders()));
        store(OrderSettings.FAULT_REPORT_EMAIL, blankToNull(values.getFaultReportEmail()));
        store(OrderSettings.COPY_TO_OUR_REFERENCE, Boolean.toString(values.isCopyToOurReference()));
    }

    // ---- shared with fault reports

    /** Opens a planned order with the next number. */
    static WorkOrder open(OrderType type, Customer site, String description, EntityManager em) {
        Number next = (Number) em.createNativeQuery("SELECT NEXT VALUE FOR work_order_number_seq")
                .getSingleResult();
        WorkOrder order = new WorkOrder(next.longValue(), type, site, description, Instant.now(Clock.systemUTC()));
        em.persist(order);
        return order;
    }

    static Equipment equipmentOn(Customer site, long equipmentId, EntityManager em) {
        Equipment item = em.find(Equipment.class, equipmentId);
        if (item == null || !item.getCustomer().getId().equals(site.getId())) {
            throw new NotFoundException();
        }
        return item;
    }

    static List<Choice> equipmentChoices(EntityManager em, long siteId) {
        return em.createQuery(
                        "SELECT e FROM Equipment e WHERE e.customer.id = :site ORDER BY e.idNumber, e.id",
                        Equipment.class)
                .setParameter("site", siteId)
                .getResultStream()
                .map(e -> new Choice(e.getId(), e.getLabel()))
                .toList();
    }

    /**
     * Whether the caller's pages leave cancelled orders out. "Hide cancelled orders" hides them
     * everywhere in the portal (decision 0019), so every service that shows a customer orders asks
     * here; the desk always sees them.
     */
    public static boolean cancelledHiddenFrom(AccessScope scope, EntityManager em) {
        return !scope.isStaff()
                && setting(em, OrderSettings.HIDE_CANCELLED_ORDERS)
                        .map(Boolean::parseBoolean)
                        .orElse(false);
    }

    /** The statuses of the orders the caller's pages show: all but Cancelled while those are hidden from it. */
    public static List<OrderStatus> statusesShownTo(AccessScope scope, EntityManager em) {
        boolean hideCancelled = cancelledHiddenFrom(scope, em);
        return Arrays.stream(OrderStatus.values())
                .filter(status -> !(hideCancelled && status == OrderStatus.CANCELLED))
                .toList();
    }

    static Optional<String> setting(EntityManager em, String name) {
        return Optional.ofNullable(em.find(PortalSetting.class, name))
                .map(PortalSetting::getValue)
                .filter(value -> !value.isBlank());
    }

    private boolean settingOn(String name) {
        return setting(em, name).map(Boolean::parseBoolean).orElse(false);
    }

    private void store(String name, String value) {
        PortalSetting row = em.find(PortalSetting.class, name);
        if (row == null) {
            em.persist(new PortalSetting(name, value));
        } else {
            row.setValue(value);
        }
    }

    private static List<OrderStatus> openStatuses() {
        return List.of(OrderStatus.PLANNED, OrderStatus.SCHEDULED, OrderStatus.IN_PROGRESS);
    }

    private OrderDetails deskView(WorkOrder order) {
        em.flush();
        return OrderDetails.of(order, true, true, true);
    }

    /** Writes the change; a line counts as a change of the order, so its version moves on too. */
    private OrderDetails flushed(WorkOrder order) {
        em.lock(order, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // another desk saved the order between our check of its version and our write
            throw new OrderChangedException(order.getNumber());
        }
        return OrderDetails.of(order, true, true, true);
    }

    private WorkOrder find(long id) {
        WorkOrder order = em.find(WorkOrder.class, id);
        if (order == null) {
            throw new NotFoundException();
        }
        return order;
    }

    /** An open order, unchanged since the version the desk's page was read at. */
    private WorkOrder changeable(long id, long version) {
        WorkOrder order = find(id);
        if (order.getVersion() != version) {
            throw new OrderChangedException(order.getNumber());
        }
        if (!order.getStatus().isOpen()) {
            throw new OrderClosedException(order.getNumber());
        }
        return order;
    }

    private static OrderLine lineOf(WorkOrder order, long lineId) {
        return order.getLines().stream()
                .filter(l -> l.getId() == lineId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private Customer customer(long id) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null) {
            throw new NotFoundException();
        }
        return customer;
    }

    private UserAccount technician(long id) {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null || !account.getRole().isStaff()) {
            throw new NotFoundException();
        }
        return account;
    }

    private Case caseByNumber(long number) {
        return em.createQuery("SELECT c FROM Case c WHERE c.number = :number", Case.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
