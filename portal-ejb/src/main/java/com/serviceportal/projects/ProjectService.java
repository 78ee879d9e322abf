package com.serviceportal.projects;

import com.serviceportal.cases.Case;
import com.serviceportal.customers.Contact;
import com.serviceportal.customers.Customer;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.IdList;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.AccessScope;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.security.Role;
import com.serviceportal.security.ScopeCondition;
import com.serviceportal.security.UserAccount;
import com.serviceportal.settings.PortalTabService;
import jakarta.ejb.EJB;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Projects: the desk lists, creates and edits them and puts requests for change to the customer; a
 * contact reads the projects of its scope (narrowed to the projects chosen on it) and, when
 * authorised, decides a waiting request for change (decision 0050). A project the caller may not see
 * answers "not found", the same as one that does not exist.
 */
@Stateless
@Allowed(Audience.STAFF)
public class ProjectService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private PortalTabService portalTabs;

    @EJB
    private ProjectMail mail;

    /** The desk's list: every project, or those matching a word, a status and a customer (or its sites). */
    public List<ProjectRow> deskProjects(String search, ProjectStatus status, Long customerId) {
        StringBuilder jpql = new StringBuilder(
                "SELECT p FROM Project p JOIN FETCH p.customer c LEFT JOIN FETCH p.manager WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (search != null && !search.isBlank()) {
            jpql.append(" AND (LOWER(p.number) LIKE :search OR LOWER(p.name) LIKE :search)");
            parameters.put("search", "%" + search.strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (status != null) {
            jpql.append(" AND p.status = :status");
            parameters.put("status", status);
        }
        if (customerId != null) {
            jpql.append(" AND (c.id = :customer OR c.parent.id = :customer)");
            parameters.put("customer", customerId);
        }
        jpql.append(" ORDER BY p.number");
        TypedQuery<Project> query =
                em.createQuery(jpql.toString(), Project.class).setMaxResults(500);
        parameters.forEach(query::setParameter);
        return rows(query.getResultList());
    }

    /** The projects the caller sees: staff every one, a contact those of its scope it was given. */
    @Allowed(Audience.SIGNED_IN)
    public List<ProjectRow> visibleProjects() {
        AccessScope scope = readableScope();
        ScopeCondition visible = ScopeCondition.customers(scope, "p.customer.id");
        Map<String, Object> parameters = new LinkedHashMap<>(visible.parameters());
        String chosen = chosenProjects(contactOf(scope), "p.id", parameters);
        TypedQuery<Project> query = em.createQuery(
                "SELECT p FROM Project p JOIN FETCH p.customer LEFT JOIN FETCH p.manager WHERE " + visible.text()
                        + " AND " + chosen + " ORDER BY p.start DESC, p.number",
                Project.class);
        parameters.forEach(query::setParameter);
        return rows(query.getResultList());
    }

    /**
     * One project as the caller may see it: a contact gets purchase prices only with the option
     * "purchase prices on projects", and only the project's cases it sees.
     */
    @Allowed(Audience.SIGNED_IN)
    public ProjectDetails project(long id) {
        AccessScope scope = readableScope();
        Contact contact = contactOf(scope);
        Project project = visibleProject(scope, contact, id);
        boolean purchasePrices = contact == null || contact.isProjectPurchasePrices();
        ScopeCondition cases = ScopeCondition.cases(scope, "c");
        List<ProjectIssue> issues = cases.bind(em.createQuery(
                                "SELECT c FROM Case c JOIN FETCH c.status WHERE c.projectId = :project AND "
                                        + cases.text() + " ORDER BY c.number DESC",
                                Case.class)
                        .setParameter("project", id))
                .getResultStream()
                .map(c -> new ProjectIssue(
                        c.getNumber(),
                        c.getSummary(),
                        c.getSeverity().name(),
                        (contact == null || c.getCustomerStatus() == null ? c.getStatus() : c.getCustomerStatus())
                                .name(caller.language()),
                        c.isComplete()))
                .toList();
        return new ProjectDetails(
                project.getId(),
                project.getVersion(),
                project.getNumber(),
                project.getName(),
                project.getDescription(),
                project.getStatus(),
                project.getStart(),
                project.getEnd(),
                project.getCustomer().getId(),
                nameOf(project.getCustomer()),
                project.getManager() == null ? null : project.getManager().getDisplayName(),
                project.getBudget(),
                project.objectives().stream().map(Objective::entry).toList(),
                project.workItems().stream().map(WorkItem::entry).toList(),
                project.changes().stream().map(ChangeRequest::row).toList(),
                project.lines().stream().map(line -> line.entry(purchasePrices)).toList(),
                issues,
                purchasePrices,
                mayDecide(contact));
    }

    /** The milestones of the projects the caller sees, planned from {@code from} to {@code to}. */
    @Allowed(Audience.SIGNED_IN)
    public List<Milestone> milestones(@NotNull LocalDate from, @NotNull LocalDate to) {
        return Milestones.of(em, readableScope(), from, to);
    }

    /** A contact reads projects only while the portal offers the Projects tab; staff always. */
    private AccessScope readableScope() {
        AccessScope scope = caller.scope();
        if (!scope.isStaff() && !portalTabs.current().isProjects()) {
            throw new NotFoundException();
        }
        return scope;
    }

    /** The project as the desk's form edits it. */
    public ProjectForm form(long id) {
        Project project = em.find(Project.class, id);
        if (project == null) {
            throw new NotFoundException();
        }
        ProjectForm form = new ProjectForm();
        form.setId(project.getId());
        form.setVersion(project.getVersion());
        form.setCustomerId(project.getCustomer().getId());
        form.setNumber(project.getNumber());
        form.setName(project.getName());
        form.setDescription(project.getDescription());
        form.setStatus(project.getStatus());
        form.setStart(project.getStart());
        form.setEnd(project.getEnd());
        form.setManagerId(
                project.getManager() == null ? null : project.getManager().getId());
        form.setBudget(project.getBudget());
        form.setObjectives(new ArrayList<>(
                project.objectives().stream().map(Objective::entry).toList()));
        form.setWorkItems(new ArrayList<>(
                project.workItems().stream().map(WorkItem::entry).toList()));
        form.setLines(new ArrayList<>(
                project.lines().stream().map(line -> line.entry(true)).toList()));
        return form;
    }

    /**
     * What the project form offers: the active customers and sites and the enabled staff who may
     * manage a project, and always the project's own customer and manager (none for a new project,
     * {@code projectId} {@code null}), so that a project of a customer since made inactive, or
     * managed by someone whose login was since disabled, is shown and saved as it is.
     */
    public ProjectChoices choices(Long projectId) {
        Project project = projectId == null ? null : em.find(Project.class, projectId);
        long ownCustomer = project == null ? -1L : project.getCustomer().getId();
        long ownManager = project == null || project.getManager() == null
                ? -1L
                : project.getManager().getId();
        List<Choice> customers = em.createQuery(
                        "SELECT c FROM Customer c LEFT JOIN FETCH c.parent WHERE c.active = TRUE OR c.id = :own",
                        Customer.class)
                .setParameter("own", ownCustomer)
                .getResultStream()
                .map(c -> new Choice(c.getId(), nameOf(c)))
                .sorted((a, b) -> a.getLabel().compareToIgnoreCase(b.getLabel()))
                .toList();
        List<Choice> managers = em.createQuery(
                        "SELECT u FROM UserAccount u WHERE u.role <> :customer AND (u.enabled = TRUE OR u.id = :own)"
                                + " ORDER BY u.displayName",
                        UserAccount.class)
                .setParameter("customer", Role.CUSTOMER)
                .setParameter("own", ownManager)
                .getResultStream()
                .map(u -> new Choice(u.getId(), u.getDisplayName()))
                .toList();
        return new ProjectChoices(customers, managers);
    }

    /**
     * Saves the project with its objectives, work list and lines, as read at the form's version; a
     * project someone else saved meanwhile is refused. Answers the project's id.
     */
    public long save(@NotNull @Valid ProjectForm form) {
        Customer customer = em.find(Customer.class, form.getCustomerId());
        if (customer == null) {
            throw new BusinessException("projects.error.customerRequired");
        }
        UserAccount manager = form.getManagerId() == null ? null : em.find(UserAccount.class, form.getManagerId());
        if (form.getManagerId() != null
                && (manager == null || !manager.getRole().isStaff())) {
            throw new BusinessException("projects.error.managerNotStaff");
        }
        if (form.getStart() != null && form.getEnd() != null && form.getEnd().isBefore(form.getStart())) {
            throw new BusinessException("projects.error.endBeforeStart");
        }
        for (WorkItemEntry item : form.getWorkItems()) {
            if (item.getKind() == WorkItemKind.TASK
                    && item.getPlannedStart() != null
                    && item.getPlannedEnd() != null
                    && item.getPlannedEnd().isBefore(item.getPlannedStart())) {
                throw new BusinessException("projects.error.workItemEndBeforeStart", item.getName());
            }
        }
        boolean numberTaken = !em.createQuery(
                        "SELECT p.id FROM Project p WHERE p.number = :number AND p.id <> :id", Long.class)
                .setParameter("number", form.getNumber().strip())
                .setParameter("id", form.getId() == null ? -1L : form.getId())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (numberTaken) {
            throw new BusinessException(
                    "projects.error.numberTaken", form.getNumber().strip());
        }
        Project project;
        if (form.getId() == null) {
            project = new Project(customer);
        } else {
            project = em.find(Project.class, form.getId());
            if (project == null) {
                throw new NotFoundException();
            }
            if (project.getVersion() != form.getVersion()) {
                throw new ProjectChangedException(project.getNumber());
            }
            // the lists belong to the project: a change to them alone is a new version too
            em.lock(project, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        try {
            project.describe(form, customer, manager);
            project.objectives().clear();
            project.workItems().clear();
            project.lines().clear();
            if (form.getId() == null) {
                em.persist(project);
            } else {
                // the old rows go before the new ones come, whatever order the writes are sent in
                em.flush();
            }
            int order = 0;
            for (ObjectiveEntry entry : form.getObjectives()) {
                project.objectives().add(new Objective(project, ++order, entry));
            }
            order = 0;
            for (WorkItemEntry entry : form.getWorkItems()) {
                project.workItems().add(new WorkItem(project, ++order, entry));
            }
            order = 0;
            for (LineEntry entry : form.getLines()) {
                project.lines().add(new ProjectLine(project, ++order, entry));
            }
            em.flush();
        } catch (OptimisticLockException e) {
            // saved by someone else between the version check and these writes
            throw new ProjectChangedException(project.getNumber());
        }
        return project.getId();
    }

    /** Puts a new request for change to the customer; it waits for the customer's decision. */
    public ChangeRow raiseChange(long projectId, @NotNull @Valid NewChange change) {
        // locked, so two requests raised at once get the next number each
        Project project = em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (project == null) {
            throw new NotFoundException();
        }
        int number = project.changes().stream()
                        .mapToInt(ChangeRequest::getNumber)
                        .max()
                        .orElse(0)
                + 1;
        ChangeRequest raised = new ChangeRequest(project, number, change, Instant.now());
        project.changes().add(raised);
        em.persist(raised);
        em.flush();
        return raised.row();
    }

    /**
     * The customer's decision on a waiting request for change, with a comment, by an authorised
     * contact (decision 0050) who sees the project; the desk is mailed. A request changed or decided
     * since the caller's page read it is refused, and so is anyone else's decision.
     */
    @Allowed(Audience.CUSTOMERS)
    public ChangeRow decideChange(long changeId, long version, boolean approve, @Size(max = 2000) String comment) {
        AccessScope scope = readableScope();
        Contact contact = contactOf(scope);
        ChangeRequest change = em.find(ChangeRequest.class, changeId);
        if (change == null || contact == null) {
            throw new NotFoundException();
        }
        visibleProject(scope, contact, change.getProject().getId());
        if (!mayDecide(contact)) {
            throw new NotAuthorisedToDecideException();
        }
        if (change.getVersion() != version || change.getState() != ChangeState.WAITING) {
            throw new ChangeRequestChangedException(change.getNumber());
        }
        change.decide(approve, contact, comment, Instant.now());
        em.flush();
        mail.changeDecided(change, contact);
        return change.row();
    }

    /** Decision 0050: a contact who asks no line manager for approval decides for its customer. */
    private static boolean mayDecide(Contact contact) {
        return contact != null && contact.getLineManager() == null;
    }

    private Project visibleProject(AccessScope scope, Contact contact, long id) {
        Project project = em.find(Project.class, id);
        if (project == null) {
            throw new NotFoundException();
        }
        scope.requireVisible(project.getCustomer().getId());
        if (contact != null
                && !contact.isAllProjects()
                && !contact.getProjectIds().contains(id)) {
            throw new NotFoundException();
        }
        return project;
    }

    /** The contact behind a customer's login; {@code null} for staff. */
    private Contact contactOf(AccessScope scope) {
        if (scope.isStaff()) {
            return null;
        }
        if (scope.contactId() == null) {
            throw new NotFoundException();
        }
        return em.find(Contact.class, scope.contactId());
    }

    /** JPQL: the projects chosen on a contact that does not see all of them; none chosen matches none. */
    static String chosenProjects(Contact contact, String path, Map<String, Object> parameters) {
        if (contact == null || contact.isAllProjects()) {
            return "1 = 1";
        }
        return IdList.jpql(path, contact.getProjectIds(), "chosenProjects", parameters);
    }

    private List<ProjectRow> rows(List<Project> projects) {
        Map<Long, Long> waiting = new HashMap<>();
        List<Long> ids = projects.stream().map(Project::getId).toList();
        for (List<Long> slice : IdList.slices(ids)) {
            for (Object[] row : em.createQuery(
                            "SELECT r.project.id, COUNT(r) FROM ChangeRequest r WHERE r.state = :waiting"
                                    + " AND r.project.id IN :ids GROUP BY r.project.id",
                            Object[].class)
                    .setParameter("waiting", ChangeState.WAITING)
                    .setParameter("ids", slice)
                    .getResultList()) {
                waiting.put((Long) row[0], (Long) row[1]);
            }
        }
        return projects.stream()
                .map(p -> new ProjectRow(
                        p.getId(),
                        p.getNumber(),
                        p.getName(),
                        nameOf(p.getCustomer()),
                        p.getStatus(),
                        p.getStart(),
                        p.getEnd(),
                        p.getManager() == null ? null : p.getManager().getDisplayName(),
                        waiting.getOrDefault(p.getId(), 0L)))
                .toList();
    }

    private static String nameOf(Customer customer) {
        return customer.getParent() == null
                ? customer.getName()
                : customer.getParent().getName() + " – " + customer.getName();
    }
}
