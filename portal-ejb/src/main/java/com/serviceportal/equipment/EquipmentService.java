package com.serviceportal.equipment;

import com.serviceportal.cases.Case;
import com.serviceportal.contracts.Contract;
import com.serviceportal.contracts.ContractCover;
import com.serviceportal.contracts.ContractState;
import com.serviceportal.customers.Contact;
import com.serviceportal.customers.ContactExport;
import com.serviceportal.customers.ContactFile;
import com.serviceportal.customers.Customer;
import com.serviceportal.customers.ExportFormat;
import com.serviceportal.orders.OrderService;
import com.serviceportal.orders.WorkOrder;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.IdList;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.AccessScope;
import com.serviceportal.security.AccessService;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.security.Internal;
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
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules of equipment. Customers see the items of the customers they see plus the items their
 * company shares with all of its sites; they add items where the portal settings allow it and edit
 * the items they added. The desk manages every customer's items and moves an item between the sites
 * of one company, taking its cases and contracts along.
 */
@Stateless
@Allowed(Audience.SIGNED_IN)
public class EquipmentService {

    static final String ADD_ALLOWED = "equipment-add-allowed";
    static final String EDIT_ALLOWED = "equipment-edit-allowed";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AccessService access;

    /** The most items a contact's Items tab lists from its sites. */
    static final int CONTACT_ITEMS_LIMIT = 500;

    /** One page of the items the filter asks for, within what the caller sees. */
    public EquipmentPage search(@NotNull @Valid EquipmentFilter filter, int first, int pageSize) {
        AccessScope scope = caller.scope();
        Set<Long> owners = owners(scope, filter.getCustomerId());
        String text = filter.getText() == null || filter.getText().isBlank()
                ? null
                : "%" + filter.getText().strip().toLowerCase(Locale.ROOT).replace("%", "") + "%";
        // a contact also sees the items shared with it (the Items tab of its contact page)
        boolean withShared = !scope.isStaff() && filter.getCustomerId() == null;
        Map<String, Object> ownerParameters = new HashMap<>();
        String where = " FROM Equipment e WHERE "
                + (owners == null
                        ? "1 = 1"
                        : "(" + IdList.jpql("e.customer.id", owners, "owners", ownerParameters)
                                + (withShared ? " OR e.id IN (" + SHARES_IN_FORCE + ")" : "")
                                + ")")
                + (filter.getCategoryId() == null ? "" : " AND e.category.id = :category")
                + (text == null
                        ? ""
                        : " AND (LOWER(e.idNumber) LIKE :text OR LOWER(e.serialNumber) LIKE :text"
                                + " OR LOWER(e.description) LIKE :text OR LOWER(e.make) LIKE :text"
                                + " OR LOWER(e.model) LIKE :text OR LOWER(e.fieldOne) LIKE :text"
                                + " OR LOWER(e.fieldTwo) LIKE :text)");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
        TypedQuery<Equipment> rows = em.createQuery(
                        "SELECT e" + where + " ORDER BY e.idNumber, e.description, e.id", Equipment.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 100)));
        for (TypedQuery<?> query : List.of(count, rows)) {
            ownerParameters.forEach(query::setParameter);
            if (owners != null && withShared) {
                query.setParameter("contact", scope.contactId());
            }
            if (filter.getCategoryId() != null) {
                query.setParameter("category", filter.getCategoryId());
            }
            if (text != null) {
                query.setParameter("text", text);
            }
        }
        List<Equipment> items = rows.getResultList();
        Set<Long> withSites = companiesWithSites(items);
        return new EquipmentPage(
                items.stream().map(e -> row(e, withSites, caller.language())).toList(), count.getSingleResult());
    }

    /** One item with its contract cover, cases, work orders and moves; a hidden item is "not found". */
    public EquipmentDetails get(long id) {
        AccessScope scope = caller.scope();
        Equipment item = visibleItem(scope, id);
        Customer owner = item.getCustomer();
        Customer company = owner.getParent() == null ? owner : owner.getParent();
        List<CoverRow> contracts = ContractCover.bind(
                        em.createQuery(
                                "SELECT k FROM Contract k WHERE k.state IN :states AND " + ContractCover.of("k", true)
                                        + " ORDER BY k.state, k.reference",
                                Contract.class),
                        owner,
                        item)
                .setParameter("states", List.of(ContractState.ACTIVE, ContractState.PENDING))
                .getResultStream()
                .map(k -> new CoverRow(
                        k.getReference(),
                        k.getType(),
                        k.getState(),
                        k.getServiceLevel() == null ? null : k.getServiceLevel().getName(),
                        k.getStartDate(),
                        k.getEndDate(),
                        !k.isCustomerLevel()))
                .toList();
        ScopeCondition visibleCases = ScopeCondition.cases(scope, "c");
        List<ItemCase> cases = visibleCases
                .bind(em.createQuery(
                        "SELECT c FROM Case c WHERE c.equipment = :item AND " + visibleCases.text()
                                + " ORDER BY c.createdAt DESC",
                        Case.class))
                .setParameter("item", item)
                .setMaxResults(50)
                .getResultStream()
                .map(c -> new ItemCase(
                        c.getNumber(),
                        c.getSummary(),
                        (scope.isStaff() ? c.getStatus() : c.getCustomerStatus()).name(caller.language()),
                        c.getCreatedAt(),
                        c.isComplete()))
                .toList();
        ScopeCondition visibleOrders = ScopeCondition.customers(scope, "o.site.id");
        List<ItemOrder> orders = visibleOrders
                .bind(em.createQuery(
                        "SELECT o FROM WorkOrder o WHERE o.equipment = :item AND " + visibleOrders.text()
                                + " AND o.status IN :shown ORDER BY o.createdAt DESC",
                        WorkOrder.class))
                .setParameter("item", item)
                .setParameter("shown", OrderService.statusesShownTo(scope, em))
                .setMaxResults(50)
                .getResultStream()
                .map(o -> new ItemOrder(
                        o.getNumber(), o.getType(), o.getStatus(), o.getPlannedDate(), o.getDescription()))
                .toList();
        List<MoveRow> moves = em.createQuery(
                        "SELECT m FROM EquipmentMove m WHERE m.equipment = :item ORDER BY m.movedAt DESC",
                        EquipmentMove.class)
                .setParameter("item", item)
                .getResultStream()
                .map(m -> new MoveRow(
                        m.getFrom().getName(), m.getTo().getName(), m.getMovedAt(), m.getMovedBy(), m.getNote()))
                .toList();
        return new EquipmentDetails(
                row(item, companiesWithSites(List.of(item)), caller.language()),
                caseCustomer(scope, item),
                company.getName(),
                item.getAddedBy() == null ? null : item.getAddedBy().getFullName(),
                mayEdit(scope, item),
                contracts,
                cases,
                orders,
                moves);
    }

    /** Whether the caller may add items, and on which customers. */
    public EquipmentPermissions permissions() {
        AccessScope scope = caller.scope();
        boolean mayAdd = scope.isStaff() || setting(ADD_ALLOWED);
        ScopeCondition visible = ScopeCondition.customers(scope, "c.id");
        List<Customer> customers = !mayAdd
                ? List.of()
                : visible.bind(em.createQuery(
                                "SELECT c FROM Customer c WHERE " + visible.text() + " ORDER BY c.name",
                                Customer.class))
                        .getResultList();
        return new EquipmentPermissions(
                mayAdd,
                scope.isStaff(),
                customers.stream()
                        .sorted(Comparator.comparing(Customer::isSite))
                        .map(c -> new Choice(
                                c.getId(),
                                c.getName(),
                                c.isSite() ? c.getParent().getName() : null))
                        .toList());
    }

    /** The form of an item the caller may edit. */
    public EquipmentForm formFor(long id) {
        AccessScope scope = caller.scope();
        Equipment item = visibleItem(scope, id);
        if (!mayEdit(scope, item)) {
            throw new BusinessException("equipment.error.notEditable");
        }
        return EquipmentForm.of(item);
    }

    /** Adds an item (no id) or changes one; answers the item's id. */
    public long save(@NotNull @Valid EquipmentForm form) {
        AccessScope scope = caller.scope();
        if (form.isBlank()) {
            throw new BusinessException("equipment.error.empty");
        }
        Equipment item;
        if (form.getId() == null) {
            if (!scope.isStaff() && !setting(ADD_ALLOWED)) {
                throw new BusinessException("equipment.error.addNotAllowed");
            }
            Long customerId = form.getCustomerId() != null ? form.getCustomerId() : scope.homeCustomerId();
            if (customerId == null) {
                throw new BusinessException("equipment.error.customerRequired");
            }
            scope.requireVisible(customerId);
            Customer customer =
                    Optional.ofNullable(em.find(Customer.class, customerId)).orElseThrow(NotFoundException::new);
            item = new Equipment(customer, null, null, null);
            item.addedBy(scope.isStaff() ? null : em.find(Contact.class, scope.contactId()), now());
            em.persist(item);
        } else {
            item = visibleItem(scope, form.getId());
            if (!mayEdit(scope, item)) {
                throw new BusinessException("equipment.error.notEditable");
            }
            if (item.getVersion() != form.getVersion()) {
                throw new ChangedMeanwhileException("equipment.error.changedMeanwhile");
            }
            em.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        item.describe(
                EquipmentForm.trimmed(form.getIdNumber()),
                EquipmentForm.trimmed(form.getSerialNumber()),
                EquipmentForm.trimmed(form.getDescription()),
                EquipmentForm.trimmed(form.getMake()),
                EquipmentForm.trimmed(form.getModel()));
        ItemCategory category = form.getCategoryId() == null
                ? null
                : Optional.ofNullable(em.find(ItemCategory.class, form.getCategoryId()))
                        .orElseThrow(NotFoundException::new);
        item.classify(category, EquipmentForm.trimmed(form.getFieldOne()), EquipmentForm.trimmed(form.getFieldTwo()));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // another save passed the version check at the same time and was written first
            throw new ChangedMeanwhileException("equipment.error.changedMeanwhile");
        }
        return item.getId();
    }

    /** The customers of the item's company an item may move to: the company and its other sites. */
    @Allowed(Audience.STAFF)
    public List<Choice> moveTargets(long id) {
        Equipment item = visibleItem(caller.scope(), id);
        Customer company = companyOf(item.getCustomer());
        return em.createQuery(
                        "SELECT c FROM Customer c WHERE (c = :company OR c.parent = :company) AND c <> :current"
                                + " ORDER BY c.name",
                        Customer.class)
                .setParameter("company", company)
                .setParameter("current", item.getCustomer())
                .getResultStream()
                .map(c -> new Choice(c.getId(), c.getName(), c.isSite() ? null : company.getName()))
                .toList();
    }

    /**
     * Moves an item to another site of its company (or onto the company, shared by all its sites).
     * Its cases and the contracts on the item follow it; the move is kept in the item's history.
     */
    @Allowed(Audience.STAFF)
    public void move(long id, long toCustomerId, @Size(max = 1000) String note) {
        Equipment item = visibleItem(caller.scope(), id);
        Customer from = item.getCustomer();
        Customer to = Optional.ofNullable(em.find(Customer.class, toCustomerId)).orElseThrow(NotFoundException::new);
        if (to.getId().equals(from.getId())) {
            throw new BusinessException("equipment.error.sameSite");
        }
        if (!companyOf(to).getId().equals(companyOf(from).getId())) {
            throw new BusinessException("equipment.error.otherCompany");
        }
        em.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        item.moveTo(to);
        // Bulk changes move each row's version on, as an edit would, so no page read before saves over them.
        em.createQuery("UPDATE Case c SET c.customer = :to, c.version = c.version + 1"
                        + " WHERE c.equipment = :item AND c.customer = :from")
                .setParameter("to", to)
                .setParameter("item", item)
                .setParameter("from", from)
                .executeUpdate();
        // the words the case lists search by carry the case's customer too (V24)
        em.createNativeQuery("UPDATE case_word SET customer_id = ? WHERE customer_id = ?"
                        + " AND case_id IN (SELECT c.id FROM service_case c WHERE c.equipment_id = ?)")
                .setParameter(1, to.getId())
                .setParameter(2, from.getId())
                .setParameter(3, item.getId())
                .executeUpdate();
        em.createQuery("UPDATE Contract k SET k.customer = :to, k.version = k.version + 1"
                        + " WHERE k.equipment = :item AND k.customer = :from")
                .setParameter("to", to)
                .setParameter("item", item)
                .setParameter("from", from)
                .executeUpdate();
        UserAccount mover = em.find(UserAccount.class, caller.scope().accountId());
        em.persist(new EquipmentMove(
                item, from, to, now(), mover.getDisplayName(), note == null || note.isBlank() ? null : note.strip()));
    }

    /**
     * Where a case raised from an item starts: on the item's customer when the caller sees it,
     * otherwise (an item its company shares) on the caller's own site.
     */
    public NewCaseStart newCaseStart(long id) {
        AccessScope scope = caller.scope();
        Equipment item = visibleItem(scope, id);
        return new NewCaseStart(caseCustomer(scope, item), item.getId());
    }

    /**
     * The items a case for this customer may be about: its own, those its company shares, and those
     * of the company shared with the calling contact itself.
     */
    @Internal
    public List<Choice> choicesFor(Customer customer) {
        Long contactId = caller.scope().contactId();
        return em.createQuery(
                        "SELECT e FROM Equipment e WHERE e.customer = :customer OR e.customer = :company"
                                + " OR (e.customer.parent = :company AND e.id IN (SELECT s.equipment.id"
                                + " FROM ContactItem s WHERE s.contact.id = :contact))"
                                + " ORDER BY e.idNumber, e.id",
                        Equipment.class)
                .setParameter("customer", customer)
                .setParameter("company", companyOf(customer))
                // no contact (the desk) matches no share
                .setParameter("contact", contactId == null ? -1L : contactId)
                .getResultStream()
                .map(e -> new Choice(e.getId(), e.getLabel()))
                .toList();
    }

    /** An item a case for this customer may be about; any other answers "not found". */
    @Internal
    public Equipment itemFor(Customer customer, long equipmentId) {
        Equipment item =
                Optional.ofNullable(em.find(Equipment.class, equipmentId)).orElseThrow(NotFoundException::new);
        Long owner = item.getCustomer().getId();
        if (!owner.equals(customer.getId())
                && !(customer.getParent() != null
                        && owner.equals(customer.getParent().getId()))
                && !sharedWithCaller(customer, item)) {
            throw new NotFoundException();
        }
        return item;
    }

    /** Whether the item, of the customer's company, is shared with the calling contact itself. */
    private boolean sharedWithCaller(Customer customer, Equipment item) {
        Long contactId = caller.scope().contactId();
        return contactId != null
                && companyOf(item.getCustomer())
                        .getId()
                        .equals(companyOf(customer).getId())
                && sharedInForce(contactId, item);
    }

    private boolean sharedInForce(long contactId, Equipment item) {
        return !em.createQuery(
                        "SELECT e.id FROM Equipment e WHERE e.id = :item AND e.id IN (" + SHARES_IN_FORCE + ")",
                        Long.class)
                .setParameter("item", item.getId())
                .setParameter("contact", contactId)
                .getResultList()
                .isEmpty();
    }

    public EquipmentSettings settings() {
        EquipmentSettings settings = new EquipmentSettings();
        settings.setAddAllowed(setting(ADD_ALLOWED));
        settings.setEditAllowed(setting(EDIT_ALLOWED));
        settings.setVersion(SettingRows.version(em, ADD_ALLOWED, EDIT_ALLOWED));
        return settings;
    }

    @Allowed(Audience.ADMINISTRATORS)
    public void saveSettings(@NotNull EquipmentSettings settings) {
        SettingRows.requireUnchanged(em, settings.getVersion(), ADD_ALLOWED, EDIT_ALLOWED);
        store(ADD_ALLOWED, settings.isAddAllowed());
        store(EDIT_ALLOWED, settings.isEditAllowed());
    }

    /**
     * A contact's Items tab: the items of the sites the contact sees (with those its company
     * shares) and the items shared with the contact itself, as the contact's portal lists them.
     */
    @Allowed(Audience.STAFF)
    public List<ContactItemRow> itemsOfContact(long contactId) {
        Contact contact = contact(contactId);
        Set<Long> owners = owners(access.scopeOfContact(contact), null);
        Map<Long, ContactItem> shared = new HashMap<>();
        em.createQuery(
                        "SELECT s FROM ContactItem s JOIN FETCH s.equipment WHERE s.contact = :of"
                                + " AND s.equipment.id IN (" + SHARES_IN_FORCE + ")",
                        ContactItem.class)
                .setParameter("of", contact)
                .setParameter("contact", contact.getId())
                .getResultStream()
                .forEach(s -> shared.put(s.getEquipment().getId(), s));
        Map<String, Object> parameters = new HashMap<>();
        String ofOwners = IdList.jpql("e.customer.id", owners, "owners", parameters);
        TypedQuery<Equipment> query = em.createQuery(
                "SELECT e FROM Equipment e WHERE " + ofOwners + " ORDER BY e.idNumber, e.description, e.id",
                Equipment.class);
        parameters.forEach(query::setParameter);
        List<Equipment> items =
                new ArrayList<>(query.setMaxResults(CONTACT_ITEMS_LIMIT).getResultList());
        shared.values().stream()
                .map(ContactItem::getEquipment)
                .filter(e -> items.stream().noneMatch(i -> i.getId().equals(e.getId())))
                .forEach(items::add);
        Set<Long> withSites = companiesWithSites(items);
        Locale reader = caller.language();
        return items.stream()
                .map(e -> new ContactItemRow(
                        row(e, withSites, reader),
                        shared.containsKey(e.getId()),
                        shared.containsKey(e.getId()) ? shared.get(e.getId()).getVersion() : 0))
                .toList();
    }

    /**
     * The items of the contact's company (the company's and its sites') that may be shared with the
     * contact, matching the text; never another company's.
     */
    @Allowed(Audience.STAFF)
    public List<Choice> shareableWithContact(long contactId, @Size(max = 100) String text) {
        Contact contact = contact(contactId);
        Customer company = companyOf(contact.getCustomer());
        String like = text == null || text.isBlank()
                ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "") + "%";
        TypedQuery<Equipment> query = em.createQuery(
                "SELECT e FROM Equipment e WHERE (e.customer = :company OR e.customer.parent = :company)"
                        + " AND e.id NOT IN (SELECT s.equipment.id FROM ContactItem s WHERE s.contact = :contact)"
                        + (like == null
                                ? ""
                                : " AND (LOWER(e.idNumber) LIKE :text OR LOWER(e.description) LIKE :text"
                                        + " OR LOWER(e.serialNumber) LIKE :text OR LOWER(e.fieldOne) LIKE :text"
                                        + " OR LOWER(e.fieldTwo) LIKE :text)")
                        + " ORDER BY e.idNumber, e.id",
                Equipment.class);
        query.setParameter("company", company).setParameter("contact", contact);
        if (like != null) {
            query.setParameter("text", like);
        }
        return query.setMaxResults(20)
                .getResultStream()
                .map(e -> new Choice(e.getId(), e.getLabel(), e.getCustomer().getName()))
                .toList();
    }

    /** Shares an item of the contact's company with the contact; another company's is "not found". */
    @Allowed(Audience.STAFF)
    public void shareWithContact(long contactId, long itemId) {
        Contact contact = contact(contactId);
        Equipment item = Optional.ofNullable(em.find(Equipment.class, itemId)).orElseThrow(NotFoundException::new);
        if (!companyOf(item.getCustomer())
                .getId()
                .equals(companyOf(contact.getCustomer()).getId())) {
            throw new NotFoundException();
        }
        if (em.find(ContactItem.class, new ContactItem.Key(contactId, itemId)) == null) {
            em.persist(new ContactItem(contact, item));
        }
    }

    /** Stops sharing an item with the contact, unless the share changed since the page read it. */
    @Allowed(Audience.STAFF)
    public void stopSharingWithContact(long contactId, long itemId, long version) {
        ContactItem shared = em.find(ContactItem.class, new ContactItem.Key(contactId, itemId));
        if (shared == null) {
            return;
        }
        if (shared.getVersion() != version) {
            throw new ChangedMeanwhileException("equipment.error.changedMeanwhile");
        }
        em.remove(shared);
    }

    /** The contact's Items tab as an Excel workbook; the headers come in the reader's language. */
    @Allowed(Audience.STAFF)
    public ContactFile exportItemsOfContact(long contactId, @NotNull List<String> headers) {
        List<List<String>> rows = itemsOfContact(contactId).stream()
                .map(r -> List.of(
                        text(r.getItem().getIdNumber()),
                        text(r.getItem().getDescription()),
                        text(r.getItem().getSerialNumber()),
                        text(r.getItem().getMake()),
                        text(r.getItem().getModel()),
                        text(r.getItem().getCategory()),
                        text(r.getItem().getFields()),
                        text(r.getItem().getSite()),
                        r.isSharedWithContact() ? "1" : "0"))
                .toList();
        return new ContactFile(
                "items.xlsx", ExportFormat.EXCEL.contentType(), ContactExport.workbook("Items", headers, rows));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private Contact contact(long contactId) {
        return Optional.ofNullable(em.find(Contact.class, contactId)).orElseThrow(NotFoundException::new);
    }

    /**
     * The customers whose items a list shows, {@code null} for every customer (staff without a
     * filter). A site shows its own items and its company's shared ones; a company its own and its
     * sites'.
     */
    private Set<Long> owners(AccessScope scope, Long customerId) {
        Set<Long> owners = new HashSet<>();
        if (customerId == null) {
            if (scope.isStaff()) {
                return null;
            }
            ScopeCondition visible = ScopeCondition.customers(scope, "c.id");
            owners.addAll(
                    visible.bind(em.createQuery("SELECT c.id FROM Customer c WHERE " + visible.text(), Long.class))
                            .getResultList());
            owners.addAll(companiesSeen(scope));
            return owners;
        }
        scope.requireVisible(customerId);
        Customer customer =
                Optional.ofNullable(em.find(Customer.class, customerId)).orElseThrow(NotFoundException::new);
        owners.add(customer.getId());
        if (customer.getParent() != null) {
            owners.add(customer.getParent().getId());
        } else {
            em.createQuery("SELECT c.id FROM Customer c WHERE c.parent = :company", Long.class)
                    .setParameter("company", customer)
                    .getResultStream()
                    .filter(scope::sees)
                    .forEach(owners::add);
        }
        return owners;
    }

    /** The companies of the sites the caller sees, whose shared items each of those sites has. */
    private List<Long> companiesSeen(AccessScope scope) {
        ScopeCondition visible = ScopeCondition.customers(scope, "c.id");
        return visible.bind(em.createQuery(
                        "SELECT DISTINCT c.parent.id FROM Customer c WHERE " + visible.text()
                                + " AND c.parent IS NOT NULL",
                        Long.class))
                .getResultList();
    }

    private Equipment visibleItem(AccessScope scope, long id) {
        Equipment item = em.find(Equipment.class, id);
        if (item == null || !seesItem(scope, item)) {
            throw new NotFoundException();
        }
        return item;
    }

    private boolean seesItem(AccessScope scope, Equipment item) {
        Customer owner = item.getCustomer();
        if (scope.sees(owner.getId())) {
            return true;
        }
        // an item on the company is shared by each of its sites
        if (owner.getParent() == null && companiesSeen(scope).contains(owner.getId())) {
            return true;
        }
        // and an item may be shared with the contact itself
        return !scope.isStaff() && scope.contactId() != null && sharedInForce(scope.contactId(), item);
    }

    private boolean mayEdit(AccessScope scope, Equipment item) {
        if (scope.isStaff()) {
            return true;
        }
        return setting(EDIT_ALLOWED)
                && item.getAddedBy() != null
                && item.getAddedBy().getId().equals(scope.contactId());
    }

    private long caseCustomer(AccessScope scope, Equipment item) {
        long owner = item.getCustomer().getId();
        return scope.isStaff() || scope.sees(owner) ? owner : scope.homeCustomerId();
    }

    /**
     * The items shared with contact {@code :contact} that count: a share is in force only while the item
     * and the contact are of one company, so a contact or a site the desk moves to another company
     * leaves its shares behind (they count again should it move back). Every reader of shares uses it.
     */
    private static final String SHARES_IN_FORCE = "SELECT s.equipment.id FROM ContactItem s"
            + " JOIN s.equipment se JOIN se.customer so LEFT JOIN so.parent sp"
            + " JOIN s.contact sc JOIN sc.customer cc LEFT JOIN cc.parent cp"
            + " WHERE s.contact.id = :contact AND COALESCE(sp.id, so.id) = COALESCE(cp.id, cc.id)";

    private static Customer companyOf(Customer customer) {
        return customer.getParent() == null ? customer : customer.getParent();
    }

    private boolean setting(String name) {
        PortalSetting stored = em.find(PortalSetting.class, name);
        return stored != null && Boolean.parseBoolean(stored.getValue());
    }

    private void store(String name, boolean value) {
        PortalSetting stored = em.find(PortalSetting.class, name);
        if (stored == null) {
            em.persist(new PortalSetting(name, Boolean.toString(value)));
        } else {
            stored.setValue(Boolean.toString(value));
        }
    }

    /** Of the companies these items are on, those that have sites (whose items are shared). */
    private Set<Long> companiesWithSites(List<Equipment> items) {
        Set<Long> companies = new HashSet<>();
        items.stream().map(Equipment::getCustomer).filter(c -> !c.isSite()).forEach(c -> companies.add(c.getId()));
        if (companies.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                        "SELECT DISTINCT c.parent.id FROM Customer c WHERE c.parent.id IN :companies", Long.class)
                .setParameter("companies", companies)
                .getResultList());
    }

    private static EquipmentRow row(Equipment e, Set<Long> companiesWithSites, Locale reader) {
        Customer owner = e.getCustomer();
        return new EquipmentRow(
                e.getId(),
                e.getIdNumber(),
                e.getSerialNumber(),
                e.getDescription(),
                e.getMake(),
                e.getModel(),
                owner.getName(),
                companiesWithSites.contains(owner.getId()),
                e.getCategory() == null ? null : e.getCategory().name(reader),
                fields(e));
    }

    /** The custom fields' values, each after its label in the item's category. */
    private static String fields(Equipment e) {
        ItemCategory category = e.getCategory();
        return Stream.of(
                        labelled(category == null ? null : category.getFieldOne(), e.getFieldOne()),
                        labelled(category == null ? null : category.getFieldTwo(), e.getFieldTwo()))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
    }

    private static String labelled(String label, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return label == null ? value : label + ": " + value;
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
