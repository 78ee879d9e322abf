package com.serviceportal.invoices;

import com.serviceportal.customers.Customer;
import com.serviceportal.jobs.csv.CsvText;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Invoices: customers read those of the sites they see; the desk records them one by one or imports
 * a file of them, and marks them paid. An import is all or nothing: every bad row is reported and
 * none is stored.
 */
@Stateless
@Allowed(Audience.STAFF)
public class InvoiceService {

    /** The largest import read at once; an invoice file of a month is far smaller. */
    public static final int MAX_IMPORT_LINES = 20_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Validator validator;

    /** The invoices of one site, newest first; a site the caller does not see answers "not found". */
    @Allowed(Audience.SIGNED_IN)
    public List<InvoiceRow> siteInvoices(long siteId) {
        caller.scope().requireVisible(siteId);
        if (em.find(Customer.class, siteId) == null) {
            throw new NotFoundException();
        }
        LocalDate today = today();
        return em.createQuery(
                        "SELECT i FROM Invoice i JOIN FETCH i.customer WHERE i.customer.id = :site"
                                + " ORDER BY i.invoiceDate DESC, i.number DESC",
                        Invoice.class)
                .setParameter("site", siteId)
                .getResultStream()
                .map(invoice -> InvoiceRow.of(invoice, today))
                .toList();
    }

    /** The desk's list: every invoice, or those of one account, optionally only the unpaid ones. */
    public List<InvoiceRow> deskInvoices(String accountNumber, boolean unpaidOnly) {
        boolean oneAccount = accountNumber != null && !accountNumber.isBlank();
        var query = em.createQuery(
                        "SELECT i FROM Invoice i JOIN FETCH i.customer c WHERE i.paid IN :paid"
                                + (oneAccount ? " AND c.accountNumber = :account" : "")
                                + " ORDER BY i.invoiceDate DESC, i.number DESC",
                        Invoice.class)
                .setParameter("paid", unpaidOnly ? List.of(false) : List.of(false, true))
                .setMaxResults(500);
        if (oneAccount) {
            query.setParameter("account", accountNumber.strip());
        }
        LocalDate today = today();
        return query.getResultStream()
                .map(invoice -> InvoiceRow.of(invoice, today))
                .toList();
    }

    /** Records one invoice for the customer with the given account number. */
    public long record(@NotNull @Valid NewInvoice invoice) {
        Customer customer = customerByAccount(invoice.getAccountNumber())
                .orElseThrow(() -> new BusinessException("invoices.unknownAccount", invoice.getAccountNumber()));
        if (numberTaken(invoice.getNumber())) {
            throw new DuplicateInvoiceException(invoice.getNumber());
        }
        Invoice stored = store(invoice, customer);
        return stored.getId();
    }

    public void markPaid(long invoiceId, boolean paid) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null) {
            throw new NotFoundException();
        }
        invoice.markPaid(paid);
    }

    /**
     * Imports an invoice file (see {@link InvoiceCsv}): returns how many invoices were stored, or
     * throws {@link InvoiceImportException} naming every bad line, having stored none.
     */
    public int importFile(@NotNull byte[] content) {
        InvoiceCsv.Result read = InvoiceCsv.read(CsvText.decode(content));
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        if (read.lines().size() + problems.size() > MAX_IMPORT_LINES) {
            throw new BusinessException("invoices.import.tooLarge", MAX_IMPORT_LINES);
        }
        Map<String, Customer> customers = new HashMap<>();
        Set<String> numbersInFile = new HashSet<>();
        for (InvoiceCsv.Line line : read.lines()) {
            NewInvoice invoice = line.invoice();
            for (ConstraintViolation<NewInvoice> violation : validator.validate(invoice)) {
                problems.add(ImportProblem.of(
                        line.line(),
                        "invoices.import.invalid",
                        violation.getPropertyPath().toString(),
                        violation.getMessage()));
            }
            Customer customer =
                    customers.computeIfAbsent(invoice.getAccountNumber(), account -> customerByAccount(account)
                            .orElse(null));
            if (customer == null) {
                problems.add(
                        ImportProblem.of(line.line(), "invoices.import.unknownAccount", invoice.getAccountNumber()));
            }
            if (!numbersInFile.add(invoice.getNumber())) {
                problems.add(ImportProblem.of(line.line(), "invoices.import.repeatedNumber", invoice.getNumber()));
            } else if (numberTaken(invoice.getNumber())) {
                problems.add(ImportProblem.of(line.line(), "invoices.import.numberTaken", invoice.getNumber()));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Long.compare(a.line(), b.line()));
            throw new InvoiceImportException(problems);
        }
        for (InvoiceCsv.Line line : read.lines()) {
            store(line.invoice(), customers.get(line.invoice().getAccountNumber()));
        }
        return read.lines().size();
    }

    private Invoice store(NewInvoice invoice, Customer customer) {
        Invoice stored = new Invoice(
                invoice.getNumber(), customer, invoice.getInvoiceDate(), invoice.getAmount(), invoice.getDueDate());
        stored.markPaid(invoice.isPaid());
        em.persist(stored);
        return stored;
    }

    private Optional<Customer> customerByAccount(String accountNumber) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.accountNumber = :account", Customer.class)
                .setParameter("account", accountNumber)
                .getResultStream()
                .findFirst();
    }

    private boolean numberTaken(String number) {
        return !em.createQuery("SELECT i.id FROM Invoice i WHERE i.number = :number", Long.class)
                .setParameter("number", number)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private static LocalDate today() {
        return LocalDate.now(Clock.systemDefaultZone());
    }
}
