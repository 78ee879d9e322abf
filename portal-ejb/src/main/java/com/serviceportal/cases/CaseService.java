package com.serviceportal.cases;

import com.serviceportal.cases.files.WaitingFileListing;
import com.serviceportal.cases.files.WaitingFileService;
import com.serviceportal.contracts.Contract;
import com.serviceportal.contracts.ContractCover;
import com.serviceportal.contracts.ContractService;
import com.serviceportal.contracts.ContractState;
import com.serviceportal.contracts.Hours;
import com.serviceportal.customers.Contact;
import com.serviceportal.customers.Customer;
import com.serviceportal.equipment.Equipment;
import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.knowledge.KnowledgeService;
import com.serviceportal.notify.CaseMail;
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
import com.serviceportal.settings.AnalysisField;
import com.serviceportal.settings.CaseSubject;
import com.serviceportal.settings.CaseSubtype;
import com.serviceportal.settings.CaseType;
import com.serviceportal.settings.FaultCode;
import com.serviceportal.settings.SettingsService;
import com.serviceportal.settings.Team;
import com.serviceportal.sla.CaseClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Raising, reading and working cases, always within the caller's scope: a customer contact reaches
 * only the cases of the customers it sees, staff reach all. A case outside the scope answers
 * exactly like a case that does not exist. Every change is written to the case's history, and a
 * save based on an older version of the case is refused as a conflict.
 */
@Stateless
@Allowed(Audience.SIGNED_IN)
public class CaseService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private SettingsService settings;

    @Inject
    private CaseMail caseMail;

    @Inject
    private ContractService contracts;

    @Inject
    private CaseClock caseClock;

    @Inject
    private EquipmentService equipment;

    @Inject
    private WaitingFileService waitingFiles;

    @Inject
    private KnowledgeService knowledge;

    /**
     * What the new-case form offers for a customer and, once chosen, an item of its equipment.
     * {@code customerId} {@code null} means the caller's own customer (for the desk: none yet).
     */
    public NewCaseChoices choicesForNewCase(Long customerId, Long equipmentId) {
        AccessScope scope = caller.scope();
        ScopeCondition visible = ScopeCondition.customers(scope, "c.id");
        List<Customer> customers = visible.bind(em.createQuery(
                        "SELECT c FROM Customer c WHERE " + visible.text() + " ORDER BY c.name", Customer.class))
                .getResultList();
        Long chosenId = customerId != null ? customerId : scope.homeCustomerId();
        Customer chosen = chosenId == null || !scope.sees(chosenId) ? null : em.find(Customer.class, chosenId);
        Equipment item = chosen == null || equipmentId == null ? null : equipmentOf(chosen, equipmentId);
        Locale reader = caller.language();
        Map<Severity, String> meanings = settings.severityMeanings(reader);
        List<CaseSubject> subjects = settings.subjects();
        return new NewCaseChoices(
                customers.stream()
                        .sorted(Comparator.comparing(Customer::isSite))
                        .map(c -> new Choice(
                                c.getId(),
                                c.getName(),
                                c.isSite() ? c.getParent().getName() : null))
                        .toList(),
                chosen == null ? List.of() : contactsFor(scope, chosen),
                chosen == null
                        ? List.of()
                        : endUserContactsOf(chosen).stream()
                                .map(c -> new Choice(
                                        c.getId(),
                                        c.getFullName(),
                                        c.getCustomer().getName()))
                                .toList(),
                chosen == null ? List.of() : equipmentChoices(chosen),
                chosen == null
                        ? List.of()
                        : coveringContracts(chosen, item).stream()
                                .map(k -> new Choice(
                                        k.getId(), k.getReference(), k.getType().name()))
                                .toList(),
                settings.caseTypes().stream()
                        .map(t -> new Choice(t.getId(), t.name(reader)))
                        .toList(),
                settings.findDefaultCaseType().map(CaseType::getId).orElse(null),
                settings.faultCodesEnabled()
                        ? settings.faultCodes().stream()
                                .map(f -> new Choice(f.getId(), f.friendlyName(reader)))
                                .toList()
                        : List.of(),
                Arrays.stream(Severity.values())
                        .map(level -> new SeverityChoice(level, meanings.get(level)))
                        .toList(),
                subjects.stream()
                        .map(t -> new Choice(t.getId(), t.name(reader), t.description(reader)))
                        .toList(),
                subjects.stream().collect(Collectors.toMap(CaseSubject::getId, t -> t.getSubtypes().stream()
                        .map(u -> new Choice(u.getId(), u.name(reader)))
                        .toList())),
                settings.activeAnalysisFields().stream()
                        .map(field -> new AnalysisQuestion(field, reader))
                        .toList());
    }

    /**
     * Raises a case: by a contact for itself or a colleague, or by the desk for a customer on the
     * phone. Every id is checked against the caller's scope and the rules of the form; the files
     * attached on the form move into the case, and a save that fails leaves them waiting.
     */
    public RaisedCase raise(@NotNull @Valid NewCase request) {
        AccessScope scope = caller.scope();
        UserAccount author = author(scope);
        Long customerId = request.getCustomerId() != null ? request.getCustomerId() : scope.homeCustomerId();
        if (customerId == null) {
            throw new BusinessException("case.error.customerRequired");
        }
        scope.requireVisible(customerId);
        Customer customer =
                Optional.ofNullable(em.find(Customer.class, customerId)).orElseThrow(NotFoundException::new);
        Contact contact = contactFor(scope, customer, request.getContactId());
        Equipment item = request.getEquipmentId() == null ? null : equipmentOf(customer, request.getEquipmentId());
        Contract contract = request.getContractId() == null
                ? null
                : coveringContracts(customer, item).stream()
                        .filter(k -> k.getId().equals(request.getContractId()))
                        .findFirst()
                        .orElseThrow(() -> new BusinessException("case.error.contractNotCovering"));
        CaseSubject subject = request.getSubjectId() == null ? null : find(CaseSubject.class, request.getSubjectId());
        CaseSubtype subtype = request.getSubtypeId() == null ? null : find(CaseSubtype.class, request.getSubtypeId());
        if (subtype != null && (subject == null || !subtype.getSubject().getId().equals(subject.getId()))) {
            throw new BusinessException("case.error.subtypeOfOtherSubject");
        }
        FaultCode faultCode = request.getFaultCodeId() == null || !settings.faultCodesEnabled()
                ? null
                : find(FaultCode.class, request.getFaultCodeId());
        CaseType type = scope.isStaff() && request.getCaseTypeId() != null
                ? find(CaseType.class, request.getCaseTypeId())
                : settings.findDefaultCaseType().orElse(null);
        Map<AnalysisField, String> answers =
                AnalysisAnswers.check(settings.activeAnalysisFields(), request.getAnswers(), caller.language());

        Instant now = now();
        Case raised = new Case(
                nextCaseNumber(),
                customer,
                contact,
                contracts.pendingContractStatus(customer, item).orElseGet(this::defaultStatus),
                scope.isStaff() ? CaseSource.DESK : CaseSource.PORTAL,
                now);
        raised.describe(request.getSeverity(), request.getSummary(), request.getDescription());
        raised.classify(
                type, subject, subtype, faultCode, contract, item, request.getProductName(), request.getProductRange());
        if (request.getEndUserContactId() != null) {
            raised.forEndUser(endUserContactOf(customer, request.getEndUserContactId()), request.isRepliesToEndUser());
        }
        raised.raisedFor(projectFor(scope, customer, request.getProjectId()));
        raised.touch(author.getDisplayName(), now);
        caseClock.start(raised);
        em.persist(raised);
        answers.forEach((field, value) -> em.persist(new CaseAnalysisValue(raised, field, value)));
        waitingFiles.attach(raised, request.getWaitingFileIds(), scope.accountId(), author.getDisplayName());
        record(raised, author, now, "created", null, raised.getStatus().getName());
        caseMail.caseRaised(raised);
        knowledge.caseRaisedAfterReading(request.getArticlesRead());
        return new RaisedCase(raised.getNumber(), settings.findNewCaseAlert().orElse(null));
    }

    /**
     * The project a desk's case is raised for: one on the case's customer or on the company above
     * it. Contacts raise no case for a project (the portal's form offers none), so theirs is none.
     */
    private Long projectFor(AccessScope scope, Customer customer, Long projectId) {
        if (projectId == null || !scope.isStaff()) {
            return null;
        }
        List<?> found = em.createNativeQuery("SELECT customer_id FROM project WHERE id = ?")
                .setParameter(1, projectId)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        long owner = ((Number) found.get(0)).longValue();
        boolean ofTheCustomer = owner == customer.getId()
                || customer.getParent() != null && owner == customer.getParent().getId();
        if (!ofTheCustomer) {
            throw new BusinessException("case.error.projectOfOtherCustomer");
        }
        return projectId;
    }

    /**
     * A file attached on the new-case form: it waits in the database for the caller until the case
     * is raised with its id, or a day has passed. Refused when empty or over 10 MB.
     */
    public WaitingFileListing attachFile(String fileName, String contentType, @NotNull InputStream content) {
        return waitingFiles.upload(fileName, contentType, content);
    }

    /** Takes a file off the new-case form; an id that is not one of the caller's waiting files is not found. */
    public void removeAttachedFile(long waitingFileId) {
        waitingFiles.remove(waitingFileId);
    }

    /** The caller's files among these ids that still wait for their case, in the order of the ids. */
    public List<WaitingFileListing> attachedFilesStillWaiting(@NotNull List<Long> waitingFileIds) {
        return waitingFiles.stillWaiting(waitingFileIds);
    }

    /**
     * One case by its number, if the caller may see it, with the notes the caller may read (a
     * customer only those whose status is available to customers) and, for the desk, its history.
     */
    public CaseDetails getByNumber(long number) {
        return details(caller.scope(), visibleCase(number));
    }

    /** A customer's (or the desk's) change of severity, summary and description. */
    public CaseDetails update(@NotNull @Valid CaseEdit edit) {
        AccessScope scope = caller.scope();
        Case c = visibleCase(edit.getNumber());
        requireVersion(c, edit.getVersion());
        if (c.isComplete() && !scope.isStaff()) {
            throw new BusinessException("case.error.complete");
        }
        UserAccount author = author(scope);
        Instant now = now();
        String description =
                edit.getDescription() == null || edit.getDescription().isBlank()
                        ? null
                        : edit.getDescription().strip();
        record(
                c,
                author,
                now,
                "severity",
                c.getSeverity().name(),
                edit.getSeverity().name());
        record(c, author, now, "summary", c.getSummary(), edit.getSummary().strip());
        record(c, author, now, "description", c.getDescription(), description);
        Severity severityBefore = c.getSeverity();
        c.describe(edit.getSeverity(), edit.getSummary(), edit.getDescription());
        caseClock.reclassified(c, severityBefore, c.getContract());
        return saved(scope, c, author, now);
    }

    /**
     * Adds a tracking note and moves the case to the note's status. Customers may choose only
     * statuses available to customers that do not end the case (closing and cancelling have their
     * own confirmed actions); whether the customer reads a note follows its status. A note
     * from a page read before someone else changed the case is added, but never sets the status: its
     * menu may still hold the status of then, and would silently set back one chosen meanwhile.
     */
    public AddedNote addNote(@NotNull @Valid NewNote note) {
        AccessScope scope = caller.scope();
        Case c = visibleCase(note.getNumber());
        TrackingStatus status = find(TrackingStatus.class, note.getStatusId());
        if (!scope.isStaff() && !status.isAvailableToCustomers()) {
            throw new NotFoundException();
        }
        if (!scope.isStaff()
                && !status.isCustomersChoice()
                && !status.getId().equals(c.getStatus().getId())) {
            throw new BusinessException("notes.endWithItsButton");
        }
        boolean keepStatus = c.getVersion() != note.getVersion()
                && !status.getId().equals(c.getStatus().getId());
        // A customer's note that keeps the status the customer sees leaves a step of the desk's own
        // (a status customers never see) where it is: the customer did not ask for a change.
        boolean keepsWhatTheCustomerSees = !scope.isStaff()
                && !c.getStatus().isAvailableToCustomers()
                && status.getId().equals(c.getCustomerStatus().getId());
        String changedBy = c.getUpdatedBy();
        Instant changedAt = c.getUpdatedAt();
        UserAccount author = author(scope);
        Instant now = now();
        // The note keeps the status its writer chose even when the case does not take it, so an
        // internal note stays internal and a customer's note stays readable by the customer.
        TrackingNote added = new TrackingNote(c, status, author, note.getText(), now);
        int spent = Hours.minutesOf(note.getSpentHours(), note.getSpentMinutes());
        if (spent > 0 && !scope.isStaff()) {
            // only the desk records time; the customer's form has no such field
            throw new NotFoundException();
        }
        if (spent > 0) {
            added.recordTime(spent, contracts.drawTime(c, spent));
        }
        em.persist(added);
        TrackingStatus before = c.getStatus();
        if (!keepStatus && !keepsWhatTheCustomerSees) {
            record(c, author, now, "status", c.getStatus().getName(), status.getName());
            c.moveTo(status);
        }
        caseClock.noteAdded(c, before, added, now);
        // Saved before the mail is written: finding who may be mailed reads the database, which
        // would write the case first, outside the conflict check of saved().
        CaseDetails details = saved(scope, c, author, now);
        // The other party hears of the note: the desk of a customer's, the customer of a visible one.
        if (added.isByCustomer()) {
            caseMail.customerNoteAdded(c, added);
        } else {
            caseMail.staffNoteAdded(c, added);
        }
        // A customer whose chosen status is the one it still sees has nothing to choose again.
        boolean told = keepStatus && details.getStatusId() != status.getId();
        return new AddedNote(details, told, changedBy, changedAt);
    }

    /** The customer's "Close case" or "Cancel case": moves the case to the status set aside for it. */
    public CaseDetails end(long number, long version, @NotNull CustomerAction action) {
        AccessScope scope = caller.scope();
        Case c = visibleCase(number);
        requireVersion(c, version);
        if (c.isComplete()) {
            throw new BusinessException("case.error.complete");
        }
        TrackingStatus status = em.createQuery(
                        "SELECT s FROM TrackingStatus s WHERE s.customerAction = :action", TrackingStatus.class)
                .setParameter("action", action)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("case.error.noStatusFor" + action.name()));
        UserAccount author = author(scope);
        Instant now = now();
        record(c, author, now, "status", c.getStatus().getName(), status.getName());
        TrackingStatus before = c.getStatus();
        c.moveTo(status);
        caseClock.ended(c, before, now);
        return saved(scope, c, author, now);
    }

    /**
     * The desk's change of status, severity, team, assignee and contract; a contract must cover the
     * case's customer or equipment (the case's present contract may stay).
     */
    @Allowed(Audience.STAFF)
    public CaseDetails work(@NotNull @Valid CaseWork work) {
        AccessScope scope = caller.scope();
        Case c = visibleCase(work.getNumber());
        requireVersion(c, work.getVersion());
        TrackingStatus status = find(TrackingStatus.class, work.getStatusId());
        Team team = work.getTeamId() == null ? null : find(Team.class, work.getTeamId());
        UserAccount assignee = work.getAssigneeId() == null ? null : staffAccount(work.getAssigneeId());
        Contract contractBefore = c.getContract();
        Contract contract = work.getContractId() == null ? null : contractFor(c, work.getContractId());
        UserAccount author = author(scope);
        Instant now = now();
        record(c, author, now, "status", c.getStatus().getName(), status.getName());
        record(
                c,
                author,
                now,
                "severity",
                c.getSeverity().name(),
                work.getSeverity().name());
        record(c, author, now, "team", nameOf(c.getTeam()), nameOf(team));
        record(
                c,
                author,
                now,
                "assignee",
                c.getAssignee() == null ? null : c.getAssignee().getDisplayName(),
                assignee == null ? null : assignee.getDisplayName());
        record(c, author, now, "contract", referenceOf(contractBefore), referenceOf(contract));
        TrackingStatus statusBefore = c.getStatus();
        Severity severityBefore = c.getSeverity();
        c.moveTo(status);
        c.describe(work.getSeverity(), c.getSummary(), c.getDescription());
        c.giveTo(team, assignee);
        c.coverBy(contract);
        caseClock.worked(c, statusBefore, severityBefore, contractBefore, now);
        return saved(scope, c, author, now);
    }

    /** The lists of the desk's page of a case. */
    @Allowed(Audience.STAFF)
    public DeskChoices deskChoices(long number) {
        Case c = visibleCase(number);
        Locale reader = caller.language();
        return new DeskChoices(
                statuses().map(s -> new StatusChoice(s, reader)).toList(),
                settings.teams().stream()
                        .map(t -> new Choice(t.getId(), t.name(reader)))
                        .toList(),
                em.createQuery(
                                "SELECT a FROM UserAccount a WHERE a.role <> :customer AND a.enabled = TRUE"
                                        + " ORDER BY a.displayName",
                                UserAccount.class)
                        .setParameter("customer", Role.CUSTOMER)
                        .getResultStream()
                        .map(a -> new Choice(a.getId(), a.getDisplayName()))
                        .toList(),
                contractsFor(c).stream()
                        .map(k -> new Choice(
                                k.getId(), k.getReference(), k.getType().name()))
                        .toList());
    }

    /** The contracts a case may be moved under: those covering it now, and the one it has. */
    private List<Contract> contractsFor(Case c) {
        List<Contract> covering = new ArrayList<>(coveringContracts(c.getCustomer(), c.getEquipment()));
        if (c.getContract() != null
                && covering.stream()
                        .noneMatch(k -> k.getId().equals(c.getContract().getId()))) {
            covering.add(0, c.getContract());
        }
        return covering;
    }

    private Contract contractFor(Case c, long contractId) {
        return contractsFor(c).stream()
                .filter(k -> k.getId() == contractId)
                .findFirst()
                .orElseThrow(() -> new BusinessException("case.error.contractNotCovering"));
    }

    private static String referenceOf(Contract contract) {
        return contract == null ? null : contract.getReference();
    }

    private CaseDetails saved(AccessScope scope, Case c, UserAccount author, Instant now) {
        c.touch(author.getDisplayName(), now);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // Another transaction saved the case between our read and our write.
            throw new CaseConflictException();
        }
        return details(scope, c);
    }

    private CaseDetails details(AccessScope scope, Case c) {
        Locale reader = caller.language();
        String notesQuery = "SELECT n FROM TrackingNote n WHERE n.serviceCase = :c"
                + (scope.isStaff() ? "" : " AND n.status.availableToCustomers = TRUE")
                + " ORDER BY n.createdAt, n.id";
        List<NoteDetails> notes = em.createQuery(notesQuery, TrackingNote.class)
                .setParameter("c", c)
                .getResultStream()
                .map(n -> new NoteDetails(n, reader))
                .toList();
        // History keeps the English names of then; shown in the reader's language while still known.
        Map<String, String> known = new HashMap<>();
        if (scope.isStaff()) {
            settings.teams().forEach(t -> known.put(t.getName(), t.name(reader)));
            statuses().forEach(s -> known.put(s.getName(), s.name(reader)));
        }
        UnaryOperator<String> names = recorded -> known.getOrDefault(recorded, recorded);
        List<ChangeDetails> history = scope.isStaff()
                ? em.createQuery(
                                "SELECT h FROM CaseChange h WHERE h.serviceCase = :c ORDER BY h.changedAt, h.id",
                                CaseChange.class)
                        .setParameter("c", c)
                        .getResultStream()
                        .map(h -> new ChangeDetails(h, names))
                        .toList()
                : List.of();
        List<AnswerDetails> answers = em.createQuery(
                        "SELECT v FROM CaseAnalysisValue v WHERE v.serviceCase = :c"
                                + " ORDER BY v.field.sortOrder, v.field.label",
                        CaseAnalysisValue.class)
                .setParameter("c", c)
                .getResultStream()
                .map(v -> new AnswerDetails(v.getField().label(reader), v.getValue()))
                .toList();
        List<StatusChoice> noteStatuses = statuses()
                .filter(s -> scope.isStaff() || s.isCustomersChoice())
                .map(s -> new StatusChoice(s, reader))
                .toList();
        return new CaseDetails(
                c,
                answers,
                notes,
                history,
                noteStatuses,
                scope.isStaff(),
                caseClock.targets(c, now()),
                reader,
                scope.isStaff() ? projectOf(c) : null);
    }

    /**
     * The number and name of the project a case was raised for, for the desk's case page. Read by the
     * entity's name: projects build on cases, not the other way round.
     */
    private String projectOf(Case c) {
        if (c.getProjectId() == null) {
            return null;
        }
        return em.createQuery("SELECT CONCAT(p.number, ' ', p.name) FROM Project p WHERE p.id = :id", String.class)
                .setParameter("id", c.getProjectId())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Stream<TrackingStatus> statuses() {
        return em.createQuery("SELECT s FROM TrackingStatus s ORDER BY s.sortOrder, s.name", TrackingStatus.class)
                .getResultStream();
    }

    private void record(Case c, UserAccount author, Instant now, String field, String oldValue, String newValue) {
        if (!"created".equals(field) && Objects.equals(oldValue, newValue)) {
            return;
        }
        em.persist(new CaseChange(c, author.getDisplayName(), now, field, oldValue, newValue));
    }

    private static void requireVersion(Case c, long expected) {
        if (c.getVersion() != expected) {
            throw new CaseConflictException(c.getUpdatedBy(), c.getUpdatedAt());
        }
    }

    private Case visibleCase(long number) {
        AccessScope scope = caller.scope();
        ScopeCondition visible = ScopeCondition.cases(scope, "c");
        return visible.bind(em.createQuery(
                        "SELECT c FROM Case c WHERE c.number = :number AND " + visible.text(), Case.class))
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private UserAccount author(AccessScope scope) {
        return em.find(UserAccount.class, scope.accountId());
    }

    private UserAccount staffAccount(long id) {
        UserAccount account = find(UserAccount.class, id);
        if (!account.getRole().isStaff()) {
            throw new NotFoundException();
        }
        return account;
    }

    private <T> T find(Class<T> type, long id) {
        return Optional.ofNullable(em.find(type, id)).orElseThrow(NotFoundException::new);
    }

    /** The contact a case is raised for: the caller, or a colleague the caller sees. */
    private Contact contactFor(AccessScope scope, Customer customer, Long contactId) {
        if (contactId == null) {
            if (scope.contactId() == null) {
                throw new BusinessException("case.error.contactRequired");
            }
            return em.find(Contact.class, scope.contactId());
        }
        Contact contact = find(Contact.class, contactId);
        scope.requireVisible(contact.getCustomer().getId());
        if (scope.isStaff() && !inTree(customer, contact.getCustomer())) {
            throw new BusinessException("case.error.contactOfOtherCustomer");
        }
        return contact;
    }

    /**
     * The end users' contacts a case for this customer may be for: the people whose partner ("customer
     * of") is the customer or its company. A partner sees them because they are its own end users.
     */
    private List<Contact> endUserContactsOf(Customer customer) {
        Customer company = customer.getParent() == null ? customer : customer.getParent();
        return em.createQuery(
                        "SELECT c FROM Contact c WHERE c.deletedAt IS NULL AND c.partner IN (:customer, :company)"
                                + " ORDER BY c.firstName, c.lastName, c.id",
                        Contact.class)
                .setParameter("customer", customer)
                .setParameter("company", company)
                .getResultList();
    }

    /** The chosen end-user contact, refused unless it is one of the customer's end users. */
    private Contact endUserContactOf(Customer customer, long contactId) {
        return endUserContactsOf(customer).stream()
                .filter(c -> c.getId() == contactId)
                .findFirst()
                .orElseThrow(() -> new BusinessException("case.error.endUserNotOfCustomer"));
    }

    /** The contacts a case for this customer may be raised for. */
    private List<Choice> contactsFor(AccessScope scope, Customer customer) {
        ScopeCondition visible = ScopeCondition.customers(scope, "c.customer.id");
        List<Contact> contacts = scope.isStaff()
                ? em.createQuery(
                                "SELECT c FROM Contact c WHERE c.deletedAt IS NULL"
                                        + " AND (c.customer = :customer OR c.customer = :parent)"
                                        + " ORDER BY c.firstName, c.lastName",
                                Contact.class)
                        .setParameter("customer", customer)
                        .setParameter("parent", customer.getParent() == null ? customer : customer.getParent())
                        .getResultList()
                : visible.bind(em.createQuery(
                                "SELECT c FROM Contact c WHERE c.deletedAt IS NULL AND " + visible.text()
                                        + " ORDER BY c.firstName, c.lastName",
                                Contact.class))
                        .getResultList();
        // The caller first: it is the default.
        return contacts.stream()
                .sorted(Comparator.comparing(c -> !c.getId().equals(scope.contactId())))
                .map(c -> new Choice(c.getId(), c.getFullName(), c.getCustomer().getName()))
                .toList();
    }

    private List<Choice> equipmentChoices(Customer customer) {
        return equipment.choicesFor(customer);
    }

    private Equipment equipmentOf(Customer customer, long equipmentId) {
        return equipment.itemFor(customer, equipmentId);
    }

    /**
     * The active contracts a case may be raised under: one on the customer or on its company (a
     * company's contract covers its sites), one on the chosen item of equipment, or one whose list
     * of items holds it (decision 0053).
     */
    private List<Contract> coveringContracts(Customer customer, Equipment item) {
        return ContractCover.bind(
                        em.createQuery(
                                "SELECT k FROM Contract k WHERE k.state = :active AND "
                                        + ContractCover.of("k", item != null) + " ORDER BY k.reference",
                                Contract.class),
                        customer,
                        item)
                .setParameter("active", ContractState.ACTIVE)
                .getResultList();
    }

    private static boolean inTree(Customer customer, Customer other) {
        return customer.getId().equals(other.getId())
                || (customer.getParent() != null && customer.getParent().getId().equals(other.getId()))
                || (other.getParent() != null && other.getParent().getId().equals(customer.getId()));
    }

    private static String nameOf(Team team) {
        return team == null ? null : team.getName();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
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
}
