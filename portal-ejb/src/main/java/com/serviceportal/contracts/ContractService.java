package com.serviceportal.contracts;

import com.serviceportal.cases.Case;
import com.serviceportal.cases.TrackingNote;
import com.serviceportal.cases.TrackingStatus;
import com.serviceportal.customers.Customer;
import com.serviceportal.equipment.Equipment;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.security.Internal;
import com.serviceportal.security.ScopeCondition;
import com.serviceportal.sla.ServiceLevel;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Contracts: the desk creates, edits, cancels and enables them early; the state follows from the
 * dates and the invoice ({@link ContractLifecycle}); a customer has at most one active contract on
 * the whole customer; time the desk records on case notes is drawn from the case's contract; a case
 * raised while only a pending contract exists waits in the "pending contract" status. Customers read
 * the contracts of the customers they see.
 */
@Stateless
@Allowed(Audience.STAFF)
public class ContractService {

    /** The most contracts the desk's list shows at once; filters narrow it. */
    public static final int LIST_LIMIT = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    /** The desk's list, filtered by customer (with its sites), state and type. */
    public ContractList list(@NotNull ContractFilter filter) {
        StringBuilder jpql =
                new StringBuilder("SELECT k FROM Contract k JOIN k.customer c LEFT JOIN c.parent p WHERE 1 = 1");
        if (filter.getCustomerId() != null) {
            jpql.append(" AND (c.id = :customer OR p.id = :customer)");
        }
        if (filter.getState() != null) {
            jpql.append(" AND k.state = :state");
        }
        if (filter.getType() != null) {
            jpql.append(" AND k.type = :type");
        }
        jpql.append(" ORDER BY c.name, k.reference");
        TypedQuery<Contract> query = em.createQuery(jpql.toString(), Contract.class);
        if (filter.getCustomerId() != null) {
            query.setParameter("customer", filter.getCustomerId());
        }
        if (filter.getState() != null) {
            query.setParameter("state", filter.getState());
        }
        if (filter.getType() != null) {
            query.setParameter("type", filter.getType());
        }
        List<ContractRow> rows = query.setMaxResults(LIST_LIMIT + 1)
                .getResultStream()
                .map(ContractRow::new)
                .toList();
        return new ContractList(
                rows.size() > LIST_LIMIT ? rows.subList(0, LIST_LIMIT) : rows, rows.size() > LIST_LIMIT);
    }

    /**
     * What the form offers: every customer, the chosen customer's equipment, the items a list may
     * hold (the customer's and its sites'), the service levels.
     */
    public ContractChoices choices(Long customerId) {
        List<Choice> customers = em.createQuery("SELECT c FROM Customer c ORDER BY c.name", Customer.class)
                .getResultStream()
                .sorted(Comparator.comparing(Customer::isSite))
                .map(c -> new Choice(
                        c.getId(), c.getName(), c.isSite() ? c.getParent().getName() : null))
                .toList();
        List<Choice> equipment = customerId == null
                ? List.of()
                : em.createQuery(
                                "SELECT e FROM Equipment e WHERE e.customer.id = :customer ORDER BY e.idNumber, e.id",
                                Equipment.class)
                        .setParameter("customer", customerId)
                        .getResultStream()
                        .map(e -> new Choice(e.getId(), e.getLabel()))
                        .toList();
        List<Choice> items = customerId == null
                ? List.of()
                : em.createQuery(
                                "SELECT e FROM Equipment e WHERE e.customer.id = :customer"
                                        + " OR e.customer.parent.id = :customer ORDER BY e.idNumber, e.id",
                                Equipment.class)
                        .setParameter("customer", customerId)
                        .getResultStream()
                        .map(e -> new Choice(
                                e.getId(), e.getLabel(), e.getCustomer().getName()))
                        .toList();
        List<Choice> levels = em.createQuery("SELECT s FROM ServiceLevel s ORDER BY s.name", ServiceLevel.class)
                .getResultStream()
                .map(s -> new Choice(s.getId(), s.getName()))
                .toList();
        return new ContractChoices(customers, equipment, items, levels);
    }

    public ContractForm newForm() {
        return ContractForm.blank(today());
    }

    public ContractForm formFor(long id) {
        return ContractForm.of(find(id));
    }

    /** The desk's contract page: the contract and the time recorded against it. */
    public ContractDetails get(long id) {
        Contract k = find(id);
        return new ContractDetails(new ContractRow(k), audit(k), uses(k) == 0);
    }

    /**
     * Creates a contract or saves the desk's changes to one. Every problem of the form is reported at
     * once; an active contract on the whole customer is refused while another one is active.
     */
    public ContractRow save(@NotNull @Valid ContractForm form) {
        List<String> problems = problemsOf(form);
        Contract k;
        if (form.isNew()) {
            if (!problems.isEmpty()) {
                throw new ContractFormException(problems);
            }
            Customer customer = lockedCustomer(form.getCustomerId());
            Equipment item = form.getEquipmentId() == null ? null : equipmentOf(customer, form.getEquipmentId());
            String reference = form.getReference().strip();
            if (referenceTaken(reference)) {
                throw new ContractFormException(List.of("contract.error.referenceTaken"));
            }
            k = new Contract(reference, customer, item, form.getType());
            define(k, form);
            k.coverItems(item == null ? listedItems(customer, form.getItemIds()) : List.of());
            requireNoOtherActive(k);
            em.persist(k);
        } else {
            k = find(form.getId());
            if (!problems.isEmpty()) {
                throw new ContractFormException(problems);
            }
            if (k.getVersion() != form.getVersion()) {
                throw new ChangedMeanwhileException("contract.error.changedMeanwhile", k.getReference());
            }
            if (!ContractLifecycle.canEdit(k.getState())) {
                throw new BusinessException("contract.error.notEditable", k.getReference());
            }
            lockedCustomer(k.getCustomer().getId());
            define(k, form);
            if (k.getEquipment() == null) {
                k.coverItems(listedItems(k.getCustomer(), form.getItemIds()));
            }
            requireNoOtherActive(k);
        }
        return new ContractRow(flushed(k));
    }

    /** Cancels a pending or active contract; it covers no new case from now on. */
    public ContractRow cancel(long id, long version) {
        Contract k = current(id, version);
        if (!ContractLifecycle.canCancel(k.getState())) {
            throw new BusinessException("contract.error.notCancellable", k.getReference());
        }
        k.cancel();
        return new ContractRow(flushed(k));
    }

    /**
     * Deletes a contract that nothing uses: no case was raised under it and no time was drawn from
     * it, as when it was entered by mistake. One in use is refused (cancel it instead); should a case
     * take it up meanwhile, the database's foreign keys refuse the delete.
     */
    public void delete(long id, long version) {
        Contract k = current(id, version);
        long uses = uses(k);
        if (uses > 0) {
            throw new BusinessException("contract.error.inUse", k.getReference(), uses);
        }
        em.remove(k);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessException("contract.error.inUse", k.getReference(), 1);
        }
    }

    /** The cases raised under the contract and the notes whose time was drawn from it. */
    private long uses(Contract k) {
        return em.createQuery("SELECT COUNT(c) FROM Case c WHERE c.contract = :k", Long.class)
                        .setParameter("k", k)
                        .getSingleResult()
                + em.createQuery("SELECT COUNT(n) FROM TrackingNote n WHERE n.contract = :k", Long.class)
                        .setParameter("k", k)
                        .getSingleResult();
    }

    /** Enables a pending contract today: its start date becomes today and no invoice is awaited. */
    public ContractRow enableEarly(long id, long version) {
        Contract k = current(id, version);
        if (!ContractLifecycle.canEnableEarly(k.getState())) {
            throw new BusinessException("contract.error.notPending", k.getReference());
        }
        lockedCustomer(k.getCustomer().getId());
        k.enableEarly(today());
        requireNoOtherActive(k);
        return new ContractRow(flushed(k));
    }

    /**
     * The contracts a customer contact sees: those of the customers in its scope, and a company's
     * contracts on the whole company, which cover its sites. Active first, then pending, then the
     * rest; newest first within each.
     */
    @Allowed(Audience.CUSTOMERS)
    public List<ContractRow> visibleContracts() {
        ScopeCondition visible = ContractVisibility.of(em, caller.scope(), "k");
        TypedQuery<Contract> query =
                visible.bind(em.createQuery("SELECT k FROM Contract k WHERE " + visible.text(), Contract.class));
        return query.getResultStream()
                .sorted(Comparator.comparingInt((Contract k) -> customerOrder(k.getState()))
                        .thenComparing(Contract::getStartDate, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Contract::getReference))
                .map(ContractRow::new)
                .toList();
    }

    /**
     * Draws time the desk spent on a case from the case's contract, if it is active, and answers
     * that contract ({@code null} when the time is recorded on no contract). The hours may run out:
     * the time is still drawn and the contract shows as over-drawn (decision 0014).
     */
    @Internal
    public Contract drawTime(@NotNull Case serviceCase, int minutes) {
        if (minutes <= 0) {
            throw new BusinessException("contract.error.timeNotPositive");
        }
        Contract k = serviceCase.getContract();
        if (k == null || k.getState() != ContractState.ACTIVE) {
            return null;
        }
        // One UPDATE adds to what is in the row, so two notes saved at once both count; it moves the
        // version on like every other change, so a contract form read before it is refused.
        em.createQuery("UPDATE Contract k SET k.usedMinutes = k.usedMinutes + :minutes, k.version = k.version + 1"
                        + " WHERE k.id = :id")
                .setParameter("minutes", minutes)
                .setParameter("id", k.getId())
                .executeUpdate();
        return k;
    }

    /**
     * The status a new case gets instead of the default when no active contract covers it (on the
     * customer, its company, the item or a list holding the item) but a pending one would. A contract
     * whose end date has passed covers nothing, also before the nightly job marks it expired: a
     * pending one still waiting for its invoice would otherwise hold every new case for ever.
     */
    @Internal
    public Optional<TrackingStatus> pendingContractStatus(@NotNull Customer customer, Equipment item) {
        String covering = "SELECT COUNT(k) FROM Contract k WHERE k.state = :state"
                + " AND (k.endDate IS NULL OR k.endDate >= :today) AND " + ContractCover.of("k", item != null);
        if (count(covering, ContractState.ACTIVE, customer, item) > 0
                || count(covering, ContractState.PENDING, customer, item) == 0) {
            return Optional.empty();
        }
        return em.createQuery(
                        "SELECT s FROM TrackingStatus s WHERE s.pendingContract = TRUE ORDER BY s.sortOrder",
                        TrackingStatus.class)
                .getResultStream()
                .findFirst();
    }

    private long count(String jpql, ContractState state, Customer customer, Equipment item) {
        return ContractCover.bind(em.createQuery(jpql, Long.class), customer, item)
                .setParameter("state", state)
                .setParameter("today", today())
                .getSingleResult();
    }

    private ContractAudit audit(Contract k) {
        List<ContractAudit.CaseLine> cases = em.createQuery(
                        "SELECT n.serviceCase.number, n.serviceCase.summary, COUNT(n), SUM(n.timeSpentMinutes)"
                                + " FROM TrackingNote n WHERE n.contract = :k"
                                + " GROUP BY n.serviceCase.number, n.serviceCase.summary"
                                + " ORDER BY n.serviceCase.number",
                        Object[].class)
                .setParameter("k", k)
                .getResultStream()
                .map(row -> new ContractAudit.CaseLine(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        ((Number) row[2]).intValue(),
                        ((Number) row[3]).intValue()))
                .toList();
        List<ContractAudit.NoteLine> notes = em.createQuery(
                        "SELECT n FROM TrackingNote n JOIN FETCH n.serviceCase WHERE n.contract = :k"
                                + " ORDER BY n.createdAt, n.id",
                        TrackingNote.class)
                .setParameter("k", k)
                .getResultStream()
                .map(n -> new ContractAudit.NoteLine(
                        n.getServiceCase().getNumber(),
                        n.getCreatedAt(),
                        n.getAuthorName(),
                        n.getTimeSpentMinutes(),
                        n.getText()))
                .toList();
        int total = cases.stream().mapToInt(ContractAudit.CaseLine::minutes).sum();
        return new ContractAudit(cases, notes, total);
    }

    /** Every problem of the form, by message key, in the order of the form's fields. */
    private List<String> problemsOf(ContractForm form) {
        List<String> problems = new ArrayList<>();
        if (form.isNew()) {
            if (form.getReference() == null || form.getReference().isBlank()) {
                problems.add("contract.error.referenceRequired");
            }
            if (form.getCustomerId() == null) {
                problems.add("contract.error.customerRequired");
            }
            if (form.getType() == null) {
                problems.add("contract.error.typeRequired");
            }
        }
        if (form.getServiceLevelId() == null) {
            problems.add("contract.error.serviceLevelRequired");
        }
        if (form.getStartDate() == null) {
            problems.add("contract.error.startRequired");
        }
        ContractType type = form.isNew() ? form.getType() : find(form.getId()).getType();
        if (type != null && type.isEndDateRequired() && form.getEndDate() == null) {
            problems.add("contract.error.endRequired");
        }
        if (form.getStartDate() != null
                && form.getEndDate() != null
                && form.getEndDate().isBefore(form.getStartDate())) {
            problems.add("contract.error.endBeforeStart");
        }
        if (type != null && type.isIncludedHours() && form.getIncludedHours() == null) {
            problems.add("contract.error.hoursRequired");
        }
        if (type != null && type.isMonthlyHours() && form.getMonthlyHours() == null) {
            problems.add("contract.error.monthlyHoursRequired");
        }
        if (type != null && type.isMonthlyHours() && form.getRolloverDay() == null) {
            problems.add("contract.error.rolloverDayRequired");
        }
        return problems;
    }

    private void define(Contract k, ContractForm form) {
        ServiceLevel level = Optional.ofNullable(em.find(ServiceLevel.class, form.getServiceLevelId()))
                .orElseThrow(NotFoundException::new);
        k.define(
                level,
                form.getStartDate(),
                form.getEndDate(),
                form.isAwaitingInvoice(),
                form.getIncludedHours() == null ? null : form.getIncludedHours() * 60,
                form.getMonthlyHours() == null ? null : form.getMonthlyHours() * 60,
                form.getRolloverDay(),
                form.getDescription(),
                today());
    }

    /**
     * Refuses a second active contract on the whole customer. The caller holds the customer's row
     * lock, so two desks activating contracts for one customer at once are checked one after the
     * other.
     */
    private void requireNoOtherActive(Contract k) {
        if (k.getState() != ContractState.ACTIVE || !k.isCustomerLevel()) {
            return;
        }
        em.createQuery(
                        "SELECT o FROM Contract o WHERE o.customer = :customer AND o.equipment IS NULL"
                                + " AND o.coversItems = FALSE AND o.state = :active AND o.id <> :id",
                        Contract.class)
                .setParameter("customer", k.getCustomer())
                .setParameter("active", ContractState.ACTIVE)
                // A contract not yet saved has no id: no row has -1.
                .setParameter("id", k.getId() == null ? -1L : k.getId())
                .getResultStream()
                .findFirst()
                .ifPresent(other -> {
                    throw new BusinessException(
                            "contract.error.alreadyActive", k.getCustomer().getName(), other.getReference());
                });
    }

    /** The customer, its row locked until the transaction ends (portable: FOR UPDATE / UPDLOCK). */
    private Customer lockedCustomer(long customerId) {
        return Optional.ofNullable(em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(NotFoundException::new);
    }

    private Equipment equipmentOf(Customer customer, long equipmentId) {
        Equipment item = em.find(Equipment.class, equipmentId);
        if (item == null || !item.getCustomer().getId().equals(customer.getId())) {
            throw new NotFoundException();
        }
        return item;
    }

    /**
     * The items a list may hold: the customer's own and, on a company, its sites'; any other id
     * answers "not found", so no item of another company is ever covered.
     */
    private List<Equipment> listedItems(Customer customer, List<Long> ids) {
        List<Equipment> items = new ArrayList<>();
        for (Long id : new HashSet<>(ids)) {
            Equipment item = em.find(Equipment.class, id);
            Customer owner = item == null ? null : item.getCustomer();
            if (owner == null
                    || !(owner.getId().equals(customer.getId())
                            || (owner.getParent() != null
                                    && owner.getParent().getId().equals(customer.getId())))) {
                throw new NotFoundException();
            }
            items.add(item);
        }
        return items;
    }

    private boolean referenceTaken(String reference) {
        return em.createQuery("SELECT COUNT(k) FROM Contract k WHERE k.reference = :reference", Long.class)
                        .setParameter("reference", reference)
                        .getSingleResult()
                > 0;
    }

    private Contract current(long id, long version) {
        Contract k = find(id);
        if (k.getVersion() != version) {
            throw new ChangedMeanwhileException("contract.error.changedMeanwhile", k.getReference());
        }
        return k;
    }

    private Contract flushed(Contract k) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ChangedMeanwhileException("contract.error.changedMeanwhile", k.getReference());
        }
        return k;
    }

    private Contract find(long id) {
        return Optional.ofNullable(em.find(Contract.class, id)).orElseThrow(NotFoundException::new);
    }

    private static int customerOrder(ContractState state) {
        return switch (state) {
            case ACTIVE -> 0;
            case PENDING -> 1;
            case EXPIRED -> 2;
            case CANCELLED -> 3;
        };
    }

    private static LocalDate today() {
        return LocalDate.now();
    }
}
