package com.serviceportal.cases;

import com.serviceportal.customers.Contact;
import com.serviceportal.customers.Customer;
import com.serviceportal.customers.CustomerChoice;
import com.serviceportal.notify.CaseMail;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.AccessScope;
import com.serviceportal.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Raising, reading and listing cases, always within the caller's scope: a customer contact reaches
 * only the cases of the customers it sees, staff reach all. A case outside the scope answers
 * exactly like a case that does not exist.
 */
@Stateless
public class CaseService {

    /** Lists show the newest cases first and stop here until paging moves into the query. */
    static final int LIST_LIMIT = 500;

    private static final String SUMMARY_SELECT = "SELECT c.id, c.number, c.summary, c.severity, s.name,"
            + " cu.name, p.name, c.createdAt FROM Case c JOIN c.status s JOIN c.customer cu LEFT JOIN cu.parent p";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private CaseMail caseMail;

    /** Raises a case for the caller (a contact) and returns its number. */
    public long raise(@NotNull @Valid NewCase request) {
        AccessScope scope = caller.scope();
        if (scope.contactId() == null) {
            throw new NotFoundException();
        }
        long customerId = request.getCustomerId() == null ? scope.homeCustomerId() : request.getCustomerId();
        scope.requireVisible(customerId);
        Case raised = new Case(
                nextCaseNumber(),
                em.getReference(Customer.class, customerId),
                em.getReference(Contact.class, scope.contactId()),
                defaultStatus(),
                CaseSource.PORTAL,
                Instant.now(Clock.systemUTC()));
        raised.describe(request.getSeverity(), request.getSummary(), request.getDescription());
        em.persist(raised);
        caseMail.caseRaised(raised);
        return raised.getNumber();
    }

    /** The active and finished cases the caller may see, newest first. */
    public List<CaseSummary> listVisible() {
        AccessScope scope = caller.scope();
        var query = scope.isStaff()
                ? em.createQuery(SUMMARY_SELECT + " ORDER BY c.createdAt DESC, c.id DESC", Object[].class)
                : em.createQuery(
                                SUMMARY_SELECT + " WHERE cu.id IN :visible ORDER BY c.createdAt DESC, c.id DESC",
                                Object[].class)
                        .setParameter("visible", scope.visibleCustomerIds());
        return query.setMaxResults(LIST_LIMIT)
                .getResultStream()
                .map(CaseService::toSummary)
                .toList();
    }

    /** One case by its number, if the caller may see it. */
    public CaseDetails getByNumber(long number) {
        AccessScope scope = caller.scope();
        Case found = em.createQuery("SELECT c FROM Case c WHERE c.number = :number", Case.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .filter(c -> scope.sees(c.getCustomer().getId()))
                .orElseThrow(NotFoundException::new);
        return toDetails(found);
    }

    /** The customers the caller may raise a case for: its own and, for a company, its sites. */
    public List<CustomerChoice> customersForNewCase() {
        AccessScope scope = caller.scope();
        if (scope.contactId() == null) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Customer c WHERE c.id IN :visible ORDER BY c.name", Customer.class)
                .setParameter("visible", scope.visibleCustomerIds())
                .getResultStream()
                .sorted((a, b) -> Boolean.compare(a.isSite(), b.isSite()))
                .map(c -> new CustomerChoice(c.getId(), c.getName(), c.isSite()))
                .toList();
    }

    private long nextCaseNumber() {
        // Portable across H2 and SQL Server; a sequence hands out each number once, even under load.
        Number next = (Number)
                em.createNativeQuery("SELECT NEXT VALUE FOR case_number_seq").getSingleResult();
        return next.longValue();
    }

    private TrackingStatus defaultStatus() {
        return em.createQuery("SELECT s FROM TrackingStatus s WHERE s.defaultForNew = TRUE", TrackingStatus.class)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No tracking status is marked default for new cases"));
    }

    private static CaseSummary toSummary(Object[] row) {
        String customer = (String) row[5];
        String parent = (String) row[6];
        return new CaseSummary(
                (Long) row[0],
                (Long) row[1],
                (String) row[2],
                (Severity) row[3],
                (String) row[4],
                parent == null ? customer : parent,
                parent == null ? null : customer,
                (Instant) row[7]);
    }

    private static CaseDetails toDetails(Case c) {
        Customer customer = c.getCustomer();
        Customer parent = customer.getParent();
        return new CaseDetails(
                c.getId(),
                c.getNumber(),
                parent == null ? customer.getName() : parent.getName(),
                parent == null ? null : customer.getName(),
                c.getRaisedBy() == null ? null : c.getRaisedBy().getFullName(),
                c.getSeverity(),
                c.getStatus().getName(),
                c.getSource(),
                c.getSummary(),
                c.getDescription(),
                c.getCreatedAt(),
                c.getUpdatedAt());
    }
}
