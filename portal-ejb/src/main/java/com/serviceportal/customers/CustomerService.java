package com.serviceportal.customers;

import com.serviceportal.jobs.contacts.ContactFieldRules;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.security.Role;
import com.serviceportal.security.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Companies and their sites as the desk keeps them: search by name, account number or city a page at
 * a time, create a company, add a site to a company, edit either (account number, name, address, and
 * a company's account manager). Every problem of a form is named at once. Only staff reach any of it;
 * a customer is answered "not found".
 */
@Stateless
@Allowed(Audience.STAFF)
public class CustomerService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Validator validator;

    /**
     * One page of the companies and sites whose name, account number or city contains the text (all
     * for no text), by name.
     */
    public CustomerRows search(String text, int first, int pageSize) {
        String words = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String where = words.isEmpty()
                ? ""
                : " WHERE LOWER(c.name) LIKE :text ESCAPE '!' OR LOWER(c.accountNumber) LIKE :text ESCAPE '!'"
                        + " OR LOWER(c.address.city) LIKE :text ESCAPE '!'";
        var query = em.createQuery(
                        "SELECT c.id, c.accountNumber, c.name, p.name, c.address.city, c.address.countryCode"
                                + " FROM Customer c LEFT JOIN c.parent p" + where + " ORDER BY c.name, c.id",
                        Object[].class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(pageSize + 1);
        if (!words.isEmpty()) {
            query.setParameter("text", "%" + words.replaceAll("[!%_]", "!$0") + "%");
        }
        List<CustomerRow> rows = query.getResultStream()
                .map(r -> new CustomerRow(
                        (Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]))
                .toList();
        return new CustomerRows(rows.size() > pageSize ? rows.subList(0, pageSize) : rows, rows.size() > pageSize);
    }

    public CustomerForm newCompany() {
        return CustomerForm.company();
    }

    /** A new site's form; the company must be a company, not a site. */
    public CustomerForm newSite(long companyId) {
        Customer company = find(companyId);
        if (company.isSite()) {
            throw new NotFoundException();
        }
        return CustomerForm.siteOf(companyId);
    }

    public CustomerForm formFor(long id) {
        return CustomerForm.of(find(id));
    }

    /** What the form offers: the companies, the staff accounts, and a company's sites. */
    public CustomerChoices choices(Long id) {
        List<Choice> companies = em.createQuery(
                        "SELECT c FROM Customer c WHERE c.parent IS NULL ORDER BY c.name, c.id", Customer.class)
                .getResultStream()
                .map(c -> new Choice(c.getId(), c.getName(), c.getAccountNumber()))
                .toList();
        List<Choice> managers = em.createQuery(
                        "SELECT a FROM UserAccount a WHERE a.role <> :customer AND a.enabled = TRUE"
                                + " ORDER BY a.displayName, a.id",
                        UserAccount.class)
                .setParameter("customer", Role.CUSTOMER)
                .getResultStream()
                .map(a -> new Choice(a.getId(), a.getDisplayName(), a.getUsername()))
                .toList();
        List<Choice> sites = id == null
                ? List.of()
                : em.createQuery(
                                "SELECT c FROM Customer c WHERE c.parent.id = :id ORDER BY c.name, c.id",
                                Customer.class)
                        .setParameter("id", id)
                        .getResultStream()
                        .map(c -> new Choice(c.getId(), c.getName(), c.getAccountNumber()))
                        .toList();
        return new CustomerChoices(companies, managers, sites);
    }

    /**
     * Creates a company or a site, or saves the desk's changes to one. The account number is unique; a
     * site's company must be a company, not another site; an account manager is a staff account and
     * looks after a company (its sites share it).
     */
    public long save(@NotNull CustomerForm form) {
        form.setAccountNumber(tidy(form.getAccountNumber()));
        form.setName(tidy(form.getName()));
        form.setCategory(tidy(form.getCategory()));
        form.setAddress(form.getAddress().tidied());
        Customer customer = form.isNew() ? null : current(form.getId(), form.getVersion());
        boolean site = customer == null ? form.isSite() : customer.isSite();
        List<String> problems = new ArrayList<>();
        if (form.getAccountNumber() == null) {
            problems.add("customer.error.required.accountNumber");
        } else if (form.getAccountNumber().length() > Customer.ACCOUNT_NUMBER_MAX) {
            problems.add("customer.error.tooLong.accountNumber");
        } else if (accountNumberTaken(form.getAccountNumber(), customer)) {
            problems.add("customer.error.accountNumberTaken");
        }
        if (form.getName() == null) {
            problems.add("customer.error.required.name");
        } else if (form.getName().length() > ContactFieldRules.CUSTOMER_NAME) {
            problems.add("customer.error.tooLong.name");
        }
        if (form.getCategory() != null && form.getCategory().length() > Customer.CATEGORY_MAX) {
            problems.add("customer.error.tooLong.category");
        }
        problems.addAll(form.getAddress().problems(validator));
        Customer company = null;
        if (site) {
            company = form.getCompanyId() == null ? null : em.find(Customer.class, form.getCompanyId());
            if (company == null) {
                problems.add("customer.error.companyRequired");
            } else if (company.isSite()) {
                problems.add("customer.error.companyIsSite");
            }
        }
        UserAccount manager = null;
        if (!site && form.getAccountManagerId() != null) {
            manager = em.find(UserAccount.class, form.getAccountManagerId());
            if (manager == null || !manager.getRole().isStaff()) {
                problems.add("customer.error.accountManager");
            }
        }
        if (!problems.isEmpty()) {
            throw new CustomerFormException(problems);
        }
        try {
            if (customer == null) {
                customer = new Customer(form.getAccountNumber(), form.getName(), company);
                em.persist(customer);
            } else {
                customer.rename(form.getAccountNumber(), form.getName());
                if (site) {
                    customer.moveTo(company);
                }
            }
            customer.setAddress(form.getAddress().tidied());
            customer.classify(form.getCategory(), form.isActive());
            customer.setAccountManager(manager);
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ChangedMeanwhileException("customer.error.changedMeanwhile");
        }
        return customer.getId();
    }

    private boolean accountNumberTaken(String accountNumber, Customer customer) {
        return em.createQuery("SELECT c.id FROM Customer c WHERE LOWER(c.accountNumber) = :number", Long.class)
                .setParameter("number", accountNumber.toLowerCase(Locale.ROOT))
                .getResultStream()
                .anyMatch(id -> customer == null || !id.equals(customer.getId()));
    }

    private Customer current(long id, long version) {
        Customer customer = find(id);
        if (customer.getVersion() != version) {
            throw new ChangedMeanwhileException("customer.error.changedMeanwhile");
        }
        return customer;
    }

    private Customer find(long id) {
        return Optional.ofNullable(em.find(Customer.class, id)).orElseThrow(NotFoundException::new);
    }

    private static String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
