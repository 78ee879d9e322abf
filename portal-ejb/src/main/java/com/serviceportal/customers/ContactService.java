package com.serviceportal.customers;

import com.serviceportal.jobs.contacts.ContactFieldRules;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.IdList;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.AccessScope;
import com.serviceportal.security.AccountLinks;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.security.SecurityEventKind;
import com.serviceportal.security.SecurityLog;
import com.serviceportal.security.UserAccount;
import com.serviceportal.settings.SettingChangedException;
import com.serviceportal.settings.SettingsService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Contact accounts as the desk keeps them: search (by any field, creation dates and custom-field
 * values, among active or deleted contacts), the contact form with its login, aliases, portal options
 * and custom fields, a reversible delete, the list's exports and a contact's vCard. Administrators
 * define the custom fields. Only staff reach any of it; a customer is answered "not found".
 */
@Stateless
@Allowed(Audience.STAFF)
public class ContactService {

    /** The most rows one export writes; the search narrows it. */
    public static final int EXPORT_LIMIT = 10_000;

    private static final Pattern EMAIL = ContactFieldRules.EMAIL_FORM;
    private static final Set<String> LANGUAGES = Set.of("en", "sv");
    private static final String ROW = "SELECT c.id, c.title, c.firstName, c.lastName, c.email, a.username, a.enabled,"
            + " cu.name, p.name, c.phone, c.mobile, c.address.city, c.address.countryCode, c.createdAt, a.lastLoginAt"
            + " FROM Contact c JOIN c.customer cu LEFT JOIN cu.parent p LEFT JOIN UserAccount a ON a.contact = c";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @EJB
    private SettingsService settings;

    @Inject
    private AccountLinks accountLinks;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private Validator validator;

    /** One page of the contacts the search finds, by last and first name. */
    public ContactRows search(@NotNull ContactSearch search, int first, int pageSize) {
        List<ContactRow> rows = query(search)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(pageSize + 1)
                .getResultStream()
                .map(ContactService::row)
                .toList();
        return new ContactRows(rows.size() > pageSize ? rows.subList(0, pageSize) : rows, rows.size() > pageSize);
    }

    /** The contacts the search finds, at most {@link #EXPORT_LIMIT}, as an Excel or CSV file. */
    public ContactFile export(
            @NotNull ContactSearch search, @NotNull ExportFormat format, @NotNull List<String> headers) {
        List<ContactRow> rows = query(search)
                .setMaxResults(EXPORT_LIMIT)
                .getResultStream()
                .map(ContactService::row)
                .toList();
        AccessScope exporter = caller.scope();
        securityLog.record(
                SecurityEventKind.CONTACTS_EXPORTED,
                exporter.accountId(),
                em.find(UserAccount.class, exporter.accountId()).getUsername(),
                null,
                format.name() + ", " + rows.size() + " contacts");
        return new ContactFile(format.fileName(), format.contentType(), ContactExport.write(format, headers, rows));
    }

    /** A contact's electronic business card. */
    public ContactFile vCard(long id) {
        Contact contact = find(id);
        String name = (contact.getFirstName() + "-" + contact.getLastName()).replaceAll("[^\\p{L}\\p{N}-]", "_");
        return new ContactFile(
                name + ".vcf", "text/vcard; charset=UTF-8", VCard.of(contact).getBytes(StandardCharsets.UTF_8));
    }

    public ContactForm newForm() {
        return ContactForm.blank();
    }

    public ContactForm formFor(long id) {
        Contact contact = find(id);
        Map<Long, String> values = new HashMap<>();
        em.createQuery("SELECT v FROM ContactFieldValue v WHERE v.contactId = :contact", ContactFieldValue.class)
                .setParameter("contact", id)
                .getResultStream()
                .forEach(v -> values.put(v.getFieldId(), v.getValue()));
        return ContactForm.of(contact, accountOf(contact).orElse(null), values);
    }

    /**
     * What the form offers for a contact of the given customer (or none yet): every customer, and of
     * the customer's company its other contacts as line managers, its sites and its projects.
     */
    public ContactChoices choices(Long customerId, Long contactId) {
        List<Choice> customers = em.createQuery("SELECT c FROM Customer c ORDER BY c.name", Customer.class)
                .getResultStream()
                .sorted(Comparator.comparing(Customer::isSite))
                .map(c -> new Choice(
                        c.getId(), c.getName(), c.isSite() ? c.getParent().getName() : null))
                .toList();
        Customer customer = customerId == null ? null : em.find(Customer.class, customerId);
        List<Choice> managers = List.of();
        List<Choice> sites = List.of();
        List<Choice> projects = List.of();
        if (customer != null) {
            Set<Long> company = tree(companyOf(customer).getId());
            managers = IdList.slices(List.copyOf(company)).stream()
                    .flatMap(slice -> em.createQuery(
                                    "SELECT c FROM Contact c WHERE c.customer.id IN :company AND c.deletedAt IS NULL",
                                    Contact.class)
                            .setParameter("company", slice)
                            .getResultStream())
                    .sorted(Comparator.comparing(Contact::getLastName, String.CASE_INSENSITIVE_ORDER)
                            .thenComparing(Contact::getFirstName, String.CASE_INSENSITIVE_ORDER))
                    .filter(c -> !c.getId().equals(contactId))
                    .map(c -> new Choice(
                            c.getId(), c.getFullName(), c.getCustomer().getName()))
                    .toList();
            Set<Long> own = tree(customer.getId());
            sites = IdList.slices(List.copyOf(own)).stream()
                    .flatMap(slice -> em.createQuery("SELECT c FROM Customer c WHERE c.id IN :own", Customer.class)
                            .setParameter("own", slice)
                            .getResultStream())
                    .sorted(Comparator.comparing(Customer::getName, String.CASE_INSENSITIVE_ORDER))
                    .map(c -> new Choice(c.getId(), c.getName(), c.getAccountNumber()))
                    .toList();
            projects = projectsOf(own);
        }
        List<Choice> fields = em.createQuery(
                        "SELECT f FROM ContactField f WHERE f.active = TRUE ORDER BY f.sortOrder, f.label",
                        ContactField.class)
                .getResultStream()
                .map(f -> new Choice(f.getId(), f.getLabel()))
                .toList();
        List<String> zones = ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                .sorted()
                .toList();
        return new ContactChoices(customers, managers, sites, projects, fields, zones, settings.emailIsUsername());
    }

    /**
     * The sites of a customer's tree the contact form's picker lists: those the filter matches (parts
     * of name, city and reference number, the category, only active ones), and always those already
     * chosen, so narrowing the list never unchooses a site.
     */
    public List<SiteOption> siteOptions(long customerId, @NotNull SiteFilter filter, @NotNull Collection<Long> chosen) {
        if (em.find(Customer.class, customerId) == null) {
            return List.of();
        }
        // the filter is a condition of the query, so a company of thousands of sites is not read whole
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder matching = new StringBuilder("1 = 1");
        containing(matching, parameters, "c.name", filter.getName());
        containing(matching, parameters, "c.address.city", filter.getCity());
        containing(matching, parameters, "c.accountNumber", filter.getReference());
        containing(matching, parameters, "c.category", filter.getCategory());
        return IdList.slices(List.copyOf(tree(customerId))).stream()
                .flatMap(slice -> {
                    // the sites already chosen stay listed, whatever the filter
                    List<Long> kept = slice.stream().filter(chosen::contains).toList();
                    TypedQuery<Customer> query = em.createQuery(
                                    "SELECT c FROM Customer c WHERE c.id IN :own AND ("
                                            + (kept.isEmpty() ? "" : "c.id IN :chosen OR ") + matching + ")",
                                    Customer.class)
                            .setParameter("own", slice);
                    if (!kept.isEmpty()) {
                        query.setParameter("chosen", kept);
                    }
                    parameters.forEach(query::setParameter);
                    // "active only" is read here: with the id lists EclipseLink writes the values into
                    // the statement, and writes a boolean as 1, which H2 refuses for a BIT column
                    return query.getResultStream()
                            .filter(c -> !filter.isActiveOnly() || c.isActive() || kept.contains(c.getId()));
                })
                .sorted(Comparator.comparing(Customer::getName, String.CASE_INSENSITIVE_ORDER))
                .map(c -> new SiteOption(
                        c.getId(),
                        c.getName(),
                        c.getAccountNumber(),
                        c.getAddress().getCity(),
                        c.getCategory(),
                        c.isActive()))
                .toList();
    }

    /** Adds "the field contains the part, whatever the case"; a blank part adds nothing. */
    private static void containing(StringBuilder where, Map<String, Object> parameters, String field, String part) {
        if (part == null || part.isBlank()) {
            return;
        }
        String name = "part" + parameters.size();
        where.append(" AND LOWER(")
                .append(field)
                .append(") LIKE :")
                .append(name)
                .append(" ESCAPE '!'");
        parameters.put(name, like(part.strip()));
    }

    /** The custom fields the advanced search offers: every field, active or not. */
    public List<Choice> searchFields() {
        return em.createQuery("SELECT f FROM ContactField f ORDER BY f.sortOrder, f.label", ContactField.class)
                .getResultStream()
                .map(f -> new Choice(f.getId(), f.getLabel()))
                .toList();
    }

    /**
     * Creates a contact with its login, or saves the desk's changes to one. Every problem is named at
     * once. A new login has no password: the contact sets one through an invitation link. Names,
     * e-mail and username of an account kept in the directory are refused here.
     */
    public long save(@NotNull ContactForm form) {
        tidy(form);
        Contact contact = form.isNew() ? null : current(form.getId(), form.getVersion());
        UserAccount account = contact == null ? null : accountOf(contact).orElse(null);
        // where the portal says so, the login is the e-mail address (a directory's account keeps its own)
        if (settings.emailIsUsername() && (account == null || !account.isDirectoryOwned())) {
            form.setUsername(form.getEmail());
        }
        List<String> problems = problemsOf(form, contact, account);
        if (!problems.isEmpty()) {
            throw new ContactFormException(problems);
        }
        Customer customer = em.find(Customer.class, form.getCustomerId());
        Contact manager = form.getLineManagerId() == null ? null : em.find(Contact.class, form.getLineManagerId());
        Customer partner = form.getPartnerId() == null ? null : em.find(Customer.class, form.getPartnerId());
        Position position = Position.of(form.getLatitude(), form.getLongitude());
        String previousEmail = contact == null ? null : contact.getEmail();
        try {
            if (contact == null) {
                contact = new Contact(customer, form.getFirstName(), form.getLastName(), form.getEmail());
                contact.describe(form, customer, manager, partner, position);
                em.persist(contact);
            } else {
                contact.describe(form, customer, manager, partner, position);
                // the login, aliases and custom fields are rows of their own: the contact's version
                // still moves on, so a form read before any of them changed is refused
                em.lock(contact, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            contact.keepAliases(form.getAliases(), form.getSendTo());
            boolean hadWebAccess = account != null && account.isEnabled();
            if (account == null) {
                account =
                        UserAccount.forContact(contact, form.getUsername(), form.isWebAccess() && !contact.isDeleted());
                em.persist(account);
            } else {
                account.describeContact(form.getUsername(), form.isWebAccess() && !contact.isDeleted());
            }
            securityLog.webAccessChanged(account, hadWebAccess);
            keepFieldValues(contact.getId(), form.getFieldValues());
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ChangedMeanwhileException("contact.error.changedMeanwhile");
        }
        // a changed address is told at the old and the new one, so a hijacked account is noticed
        accountLinks.emailChanged(contact.getId(), previousEmail, form.getEmail());
        return contact.getId();
    }

    /** Deletes a contact reversibly: it is kept, found by "show deleted", and cannot sign in. */
    public void delete(long id) {
        Contact contact = find(id);
        if (!contact.isDeleted()) {
            contact.delete(Instant.now());
            accountOf(contact).ifPresent(a -> {
                boolean hadWebAccess = a.isEnabled();
                a.describeContact(a.getUsername(), false);
                securityLog.webAccessChanged(a, hadWebAccess);
            });
        }
    }

    /** Enables a deleted contact again, with web access. */
    public void restore(long id) {
        Contact contact = find(id);
        if (contact.isDeleted()) {
            contact.restore();
            accountOf(contact).ifPresent(a -> {
                boolean hadWebAccess = a.isEnabled();
                a.describeContact(a.getUsername(), true);
                securityLog.webAccessChanged(a, hadWebAccess);
            });
        }
    }

    /** The administrator's list of custom fields, in their order. */
    @Allowed(Audience.ADMINISTRATORS)
    public List<ContactFieldEntry> fields() {
        return em.createQuery("SELECT f FROM ContactField f ORDER BY f.sortOrder, f.label", ContactField.class)
                .getResultStream()
                .map(ContactFieldEntry::new)
                .toList();
    }

    /** Saves the administrator's custom fields; an entry without id is a new field. Labels are unique. */
    @Allowed(Audience.ADMINISTRATORS)
    public void saveFields(@NotNull List<ContactFieldEntry> entries) {
        Set<String> labels = new HashSet<>();
        for (ContactFieldEntry entry : entries) {
            String label = entry.getLabel() == null ? "" : entry.getLabel().strip();
            if (label.isEmpty()) {
                throw new BusinessException("contactFields.error.labelRequired");
            }
            if (label.length() > 80) {
                throw new BusinessException("contactFields.error.labelTooLong");
            }
            if (!labels.add(label.toLowerCase(Locale.ROOT))) {
                throw new BusinessException("contactFields.error.labelTaken", label);
            }
        }
        for (ContactFieldEntry entry : entries) {
            String label = entry.getLabel().strip();
            if (entry.getId() == null) {
                ContactField field = new ContactField(label, entry.getSortOrder());
                field.define(label, entry.isActive(), entry.getSortOrder());
                em.persist(field);
            } else {
                ContactField field = Optional.ofNullable(em.find(ContactField.class, entry.getId()))
                        .orElseThrow(NotFoundException::new);
                SettingChangedException.unlessCurrent(field.getVersion(), entry.getVersion(), field.getLabel());
                field.define(label, entry.isActive(), entry.getSortOrder());
            }
        }
        em.flush();
    }

    private TypedQuery<Object[]> query(ContactSearch search) {
        StringBuilder jpql = new StringBuilder(ROW);
        Map<String, Object> parameters = new HashMap<>();
        jpql.append(search.isDeleted() ? " WHERE c.deletedAt IS NOT NULL" : " WHERE c.deletedAt IS NULL");
        String text = search.getText() == null ? "" : search.getText().strip();
        int n = 0;
        for (String word : text.isEmpty() ? new String[0] : text.split("\\s+")) {
            String w = "w" + n++;
            parameters.put(w, like(word));
            jpql.append(" AND (")
                    .append(String.join(
                            " OR ",
                            List.of(
                                            "c.title",
                                            "c.firstName",
                                            "c.lastName",
                                            "c.email",
                                            "a.username",
                                            "c.phone",
                                            "c.mobile",
                                            "c.address.city",
                                            "c.address.postcode",
                                            "c.address.stateRegion",
                                            "c.address.line1",
                                            "c.address.countryCode",
                                            "cu.name",
                                            "cu.accountNumber",
                                            "p.name")
                                    .stream()
                                    .map(f -> "LOWER(" + f + ") LIKE :" + w + " ESCAPE '!'")
                                    .toList()))
                    .append(
                            " OR EXISTS (SELECT al.id FROM ContactAlias al WHERE al.contact = c AND LOWER(al.email) LIKE :")
                    .append(w)
                    .append(" ESCAPE '!')")
                    .append(
                            " OR EXISTS (SELECT v.fieldId FROM ContactFieldValue v WHERE v.contactId = c.id AND LOWER(v.value) LIKE :")
                    .append(w)
                    .append(" ESCAPE '!'))");
        }
        if (search.getCreatedFrom() != null) {
            jpql.append(" AND c.createdAt >= :from");
            parameters.put("from", startOf(search.getCreatedFrom()));
        }
        if (search.getCreatedTo() != null) {
            jpql.append(" AND c.createdAt < :to");
            parameters.put("to", startOf(search.getCreatedTo().plusDays(1)));
        }
        if (search.getFieldId() != null
                && search.getFieldValue() != null
                && !search.getFieldValue().isBlank()) {
            jpql.append(" AND EXISTS (SELECT v2.fieldId FROM ContactFieldValue v2 WHERE v2.contactId = c.id"
                    + " AND v2.fieldId = :field AND LOWER(v2.value) LIKE :fieldValue ESCAPE '!')");
            parameters.put("field", search.getFieldId());
            parameters.put("fieldValue", like(search.getFieldValue().strip()));
        }
        jpql.append(" ORDER BY c.lastName, c.firstName, c.id");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static ContactRow row(Object[] r) {
        String name = r[2] + " " + r[3];
        String customer = (String) r[7];
        String company = r[8] == null ? customer : (String) r[8];
        return new ContactRow(
                (Long) r[0],
                name,
                (String) r[4],
                (String) r[5],
                Boolean.TRUE.equals(r[6]),
                customer,
                company,
                (String) r[9],
                (String) r[10],
                (String) r[11],
                (String) r[12],
                (Instant) r[13],
                (Instant) r[14]);
    }

    /** A word as a case-insensitive "contains" pattern, its own wildcards taken literally. */
    private static String like(String word) {
        return "%"
                + word.toLowerCase(Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_")
                + "%";
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    /** Blank text is no value; surrounding blanks are not part of a value. */
    private static void tidy(ContactForm form) {
        Function<String, String> t = s -> s == null || s.isBlank() ? null : s.strip();
        form.setTitle(t.apply(form.getTitle()));
        form.setFirstName(t.apply(form.getFirstName()));
        form.setLastName(t.apply(form.getLastName()));
        form.setUsername(t.apply(form.getUsername()));
        form.setEmail(t.apply(form.getEmail()));
        form.setAddress(form.getAddress().tidied());
        form.setTimeZone(t.apply(form.getTimeZone()));
        form.setPhone(t.apply(form.getPhone()));
        form.setMobile(t.apply(form.getMobile()));
        form.setNotes(t.apply(form.getNotes()));
        form.setRoom(t.apply(form.getRoom()));
        form.setFax(t.apply(form.getFax()));
        form.setPager(t.apply(form.getPager()));
        form.setSmsNumber(t.apply(form.getSmsNumber()));
        form.setLatitude(t.apply(form.getLatitude()));
        form.setLongitude(t.apply(form.getLongitude()));
        form.setSendTo(t.apply(form.getSendTo()));
        form.setAliases(new ArrayList<>(new LinkedHashSet<>(
                form.getAliases().stream().map(t).filter(a -> a != null).toList())));
        form.getFieldValues().replaceAll((field, value) -> t.apply(value));
    }

    private List<String> problemsOf(ContactForm form, Contact contact, UserAccount account) {
        List<String> problems = new ArrayList<>();
        if (account != null
                && account.isDirectoryOwned()
                && (!same(form.getFirstName(), contact.getFirstName())
                        || !same(form.getLastName(), contact.getLastName())
                        || !same(form.getEmail(), contact.getEmail())
                        || !same(ContactFieldRules.username(form.getUsername()), account.getUsername()))) {
            problems.add("contact.error.directoryOwned");
        }
        required(problems, form.getFirstName(), "firstName");
        required(problems, form.getLastName(), "lastName");
        required(problems, form.getUsername(), "username");
        required(problems, form.getEmail(), "email");
        tooLong(problems, form.getTitle(), ContactFieldRules.TITLE, "title");
        tooLong(problems, form.getFirstName(), ContactFieldRules.FIRST_NAME, "firstName");
        tooLong(problems, form.getLastName(), ContactFieldRules.LAST_NAME, "lastName");
        tooLong(problems, form.getUsername(), ContactFieldRules.USERNAME, "username");
        tooLong(problems, form.getEmail(), ContactFieldRules.EMAIL, "email");
        problems.addAll(form.getAddress().problems(validator));
        tooLong(problems, form.getPhone(), ContactFieldRules.PHONE, "phone");
        tooLong(problems, form.getMobile(), ContactFieldRules.PHONE, "mobile");
        tooLong(problems, form.getRoom(), Contact.ROOM, "room");
        tooLong(problems, form.getFax(), ContactFieldRules.PHONE, "fax");
        tooLong(problems, form.getPager(), Contact.PAGER, "pager");
        tooLong(problems, form.getSmsNumber(), ContactFieldRules.PHONE, "smsNumber");
        problems.addAll(Position.problems(form.getLatitude(), form.getLongitude()));
        tooLong(problems, form.getNotes(), ContactFieldRules.NOTES, "notes");
        if (form.getEmail() != null && !EMAIL.matcher(form.getEmail()).matches()) {
            problems.add("contact.error.emailSyntax");
        }
        if (form.getUsername() != null && usernameTaken(form.getUsername(), account)) {
            problems.add("contact.error.usernameTaken");
        }
        Customer customer = form.getCustomerId() == null ? null : em.find(Customer.class, form.getCustomerId());
        if (customer == null) {
            problems.add("contact.error.customerRequired");
        }
        if (form.getLineManagerId() != null) {
            Contact manager = em.find(Contact.class, form.getLineManagerId());
            boolean fits = manager != null
                    && !manager.isDeleted()
                    && (contact == null || !manager.getId().equals(contact.getId()))
                    && customer != null
                    && companyOf(manager.getCustomer())
                            .getId()
                            .equals(companyOf(customer).getId());
            if (!fits) {
                problems.add("contact.error.lineManager");
            }
        }
        if (form.getPartnerId() != null) {
            // a partner is another organisation: never the contact's own company or one of its sites
            Customer partner = em.find(Customer.class, form.getPartnerId());
            boolean fits = partner != null
                    && (customer == null
                            || !companyOf(partner)
                                    .getId()
                                    .equals(companyOf(customer).getId()));
            if (!fits) {
                problems.add("contact.error.partner");
            }
        }
        if (!LANGUAGES.contains(form.getLanguage())) {
            problems.add("contact.error.language");
        }
        if (form.getTimeZone() != null && !ZoneId.getAvailableZoneIds().contains(form.getTimeZone())) {
            problems.add("contact.error.timeZone");
        }
        if (form.getAliases().stream()
                .anyMatch(a -> a.length() > ContactFieldRules.EMAIL
                        || !EMAIL.matcher(a).matches())) {
            problems.add("contact.error.aliasSyntax");
        }
        if (form.getEmail() != null && form.getAliases().stream().anyMatch(form.getEmail()::equalsIgnoreCase)) {
            problems.add("contact.error.aliasIsPrimary");
        }
        if (form.getAliases().stream()
                        .map(a -> a.toLowerCase(Locale.ROOT))
                        .distinct()
                        .count()
                < form.getAliases().size()) {
            problems.add("contact.error.aliasTwice");
        }
        if (form.getSendTo() != null
                && !form.getSendTo().equalsIgnoreCase(form.getEmail() == null ? "" : form.getEmail())
                && form.getAliases().stream().noneMatch(form.getSendTo()::equalsIgnoreCase)) {
            problems.add("contact.error.sendTo");
        }
        if (customer != null) {
            Set<Long> own = tree(customer.getId());
            if (!form.isAllSites() && !own.containsAll(form.getSiteIds())) {
                problems.add("contact.error.sites");
            }
            if (!form.isAllProjects()
                    && !projectsOf(own).stream().map(Choice::getId).toList().containsAll(form.getProjectIds())) {
                problems.add("contact.error.projects");
            }
        }
        Set<Long> activeFields =
                new HashSet<>(em.createQuery("SELECT f.id FROM ContactField f WHERE f.active = TRUE", Long.class)
                        .getResultList());
        form.getFieldValues().forEach((field, value) -> {
            if (value != null && !activeFields.contains(field)) {
                problems.add("contact.error.field");
            } else if (value != null && value.length() > ContactFieldRules.CUSTOM_FIELD_VALUE) {
                problems.add("contact.error.tooLong.field");
            }
        });
        return problems.stream().distinct().toList();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static void required(List<String> problems, String value, String field) {
        if (value == null) {
            problems.add("contact.error.required." + field);
        }
    }

    private static void tooLong(List<String> problems, String value, int max, String field) {
        if (value != null && value.length() > max) {
            problems.add("contact.error.tooLong." + field);
        }
    }

    private boolean usernameTaken(String username, UserAccount own) {
        return em.createQuery("SELECT a.id FROM UserAccount a WHERE a.username = :username", Long.class)
                .setParameter("username", ContactFieldRules.username(username))
                .getResultStream()
                .anyMatch(id -> own == null || !id.equals(own.getId()));
    }

    private void keepFieldValues(long contactId, Map<Long, String> values) {
        values.forEach((fieldId, value) -> {
            ContactFieldValue stored = em.find(ContactFieldValue.class, new ContactFieldValue.Key(contactId, fieldId));
            if (value == null && stored != null) {
                em.remove(stored);
            } else if (value != null && stored == null) {
                em.persist(new ContactFieldValue(contactId, fieldId, value));
            } else if (value != null) {
                stored.setValue(value);
            }
        });
    }

    private Optional<UserAccount> accountOf(Contact contact) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.contact = :contact", UserAccount.class)
                .setParameter("contact", contact)
                .getResultStream()
                .findFirst();
    }

    private List<Choice> projectsOf(Set<Long> customers) {
        List<Object[]> rows = new ArrayList<>();
        for (List<Long> slice : IdList.slices(List.copyOf(customers))) {
            List<Object> parameters = new ArrayList<>();
            Query query = em.createNativeQuery("SELECT id, project_number, name FROM project WHERE "
                    + IdList.sql("customer_id", slice, parameters));
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            @SuppressWarnings("unchecked")
            List<Object[]> found = query.getResultList();
            rows.addAll(found);
        }
        return rows.stream()
                .sorted(Comparator.comparing(r -> (String) r[1]))
                .map(r -> new Choice(((Number) r[0]).longValue(), (String) r[1] + " " + r[2]))
                .toList();
    }

    private static Customer companyOf(Customer customer) {
        Customer company = customer;
        while (company.getParent() != null) {
            company = company.getParent();
        }
        return company;
    }

    /** The customer and every customer below it. */
    private Set<Long> tree(long customerId) {
        Set<Long> all = new HashSet<>(Set.of(customerId));
        List<Long> level = List.of(customerId);
        while (!level.isEmpty()) {
            level = IdList.slices(level).stream()
                    .flatMap(parents -> em.createQuery(
                                    "SELECT c.id FROM Customer c WHERE c.parent.id IN :parents", Long.class)
                            .setParameter("parents", parents)
                            .getResultStream())
                    .filter(all::add)
                    .toList();
        }
        return all;
    }

    private Contact current(long id, long version) {
        Contact contact = find(id);
        if (contact.getVersion() != version) {
            throw new ChangedMeanwhileException("contact.error.changedMeanwhile");
        }
        return contact;
    }

    private Contact find(long id) {
        return Optional.ofNullable(em.find(Contact.class, id)).orElseThrow(NotFoundException::new);
    }
}
