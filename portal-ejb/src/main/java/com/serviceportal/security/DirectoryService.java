package com.serviceportal.security;

import com.serviceportal.customers.Contact;
import com.serviceportal.customers.Customer;
import com.serviceportal.jobs.contacts.ContactFieldRules;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.settings.PortalSetting;
import com.serviceportal.settings.SettingRows;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.naming.NamingException;

/**
 * Sign-in against LDAP or Active Directory, and the sync that creates and updates contacts and their
 * logins from it. A directory login keeps its directory DN and no password; its names, e-mail and
 * username belong to the directory and cannot be changed in the portal.
 */
@Stateless
@Allowed(Audience.ADMINISTRATORS)
public class DirectoryService {

    /** The Jakarta Batch job (in {@code batch-jobs}) that runs {@link #sync()}. */
    public static final String SYNC_JOB = "directory-sync";

    private static final Logger LOG = Logger.getLogger(DirectoryService.class.getName());
    private static final String PREFIX = "directory.";
    private static final int RUNS_SHOWN = 20;

    /** The rows the settings are kept in. */
    private static final String[] ROWS = Stream.of(
                    "url",
                    "bind-dn",
                    "user-base",
                    "user-filter",
                    "attr.username",
                    "attr.first-name",
                    "attr.last-name",
                    "attr.email",
                    "attr.phone",
                    "attr.customer")
            .map(name -> PREFIX + name)
            .toArray(String[]::new);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validator validator;

    @Inject
    private Caller caller;

    /** The directory settings, for the administrator's Directory page. */
    public DirectoryConfig config() {
        return readConfig();
    }

    /** The version the settings are at, for {@link #saveConfig}: read it before them. */
    public long configVersion() {
        return SettingRows.version(em, ROWS);
    }

    /**
     * Saves the settings read at {@code version}; refuses them all, naming each, when one is longer
     * than it may be, and when someone saved them after they were read.
     */
    public void saveConfig(@NotNull DirectoryConfig config, long version) {
        // Checked here rather than by method validation, so the page can say which setting is too long.
        Map<String, Integer> tooLong = validator.validate(config).stream()
                .collect(Collectors.toMap(
                        v -> v.getPropertyPath().toString(),
                        v -> (Integer)
                                v.getConstraintDescriptor().getAttributes().get("max"),
                        (a, b) -> a));
        if (!tooLong.isEmpty()) {
            throw new DirectoryConfigException(tooLong);
        }
        if (config.url() != null
                && !config.url().isBlank()
                && !isDirectoryUrl(config.url().strip())) {
            throw new BusinessException("directory.error.badUrl");
        }
        SettingRows.requireUnchanged(em, version, ROWS);
        save("url", config.url());
        save("bind-dn", config.bindDn());
        save("user-base", config.userBase());
        save("user-filter", config.userFilter());
        save("attr.username", config.usernameAttribute());
        save("attr.first-name", config.firstNameAttribute());
        save("attr.last-name", config.lastNameAttribute());
        save("attr.email", config.emailAttribute());
        save("attr.phone", config.phoneAttribute());
        save("attr.customer", config.customerAttribute());
    }

    /** An LDAP address the connection can use: ldap:// or ldaps:// and a host, e.g. ldaps://dc1:636. */
    private static boolean isDirectoryUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("ldap".equalsIgnoreCase(uri.getScheme()) || "ldaps".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Checks a username and password against the directory. Asked for every sign-in the portal's own
     * passwords did not let in; it signs in logins with a directory DN, and usernames the portal does not
     * know, which the directory may introduce: such a user is created as a contact on first sign-in, as
     * the sync would.
     *
     * @throws DirectoryUnavailableException when the directory does not answer
     */
    @Allowed(Audience.ANYONE)
    public Optional<SignInDetails> signIn(String username, char[] password) {
        DirectoryConfig config = readConfig();
        if (!config.configured() || username == null || username.isBlank()) {
            return Optional.empty();
        }
        Optional<UserAccount> known = accountByUsername(username.strip());
        try {
            Directory directory = new Directory(config);
            // asked for every name, also one it cannot sign in: while the directory does not answer, every
            // name hears so alike, and no answer tells a portal login from the directory's or from nobody's
            Optional<DirectoryEntry> entry = directory.find(username.strip());
            if (known.isPresent()
                    && (known.get().getDirectoryDn() == null || !known.get().isEnabled())) {
                return Optional.empty();
            }
            if (entry.isEmpty() || !directory.passwordMatches(entry.get().dn(), password)) {
                return Optional.empty();
            }
            return take(entry.get())
                    .filter(UserAccount::isEnabled)
                    .map(a -> new SignInDetails(a.getId(), a.getUsername(), null, a.getRole(), a.getDisplayName()));
        } catch (NamingException e) {
            // not a wrong password: the person is told the password could not be checked
            LOG.log(Level.WARNING, "The directory could not be reached for sign-in", e);
            throw new DirectoryUnavailableException("directory.unreachable");
        }
    }

    /** Creates and updates contacts and their logins from every user the directory's filter finds. */
    @Internal
    public DirectorySyncResult sync() {
        DirectoryConfig config = readConfig();
        if (!config.configured()) {
            throw new DirectoryUnavailableException("directory.notConfigured");
        }
        List<DirectoryEntry> entries;
        try {
            entries = new Directory(config).all();
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "The directory could not be read", e);
            throw new DirectoryUnavailableException("directory.unreachable");
        }
        int created = 0;
        int updated = 0;
        int skipped = 0;
        for (DirectoryEntry entry : entries) {
            Outcome outcome = upsert(entry);
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case SKIPPED -> skipped++;
                case UNCHANGED -> {}
            }
        }
        return new DirectorySyncResult(created, updated, skipped);
    }

    /** Starts the sync job now; the Directory page follows it in {@link #syncRuns()}. */
    public long startSync() {
        if (!readConfig().configured()) {
            throw new DirectoryUnavailableException("directory.notConfigured");
        }
        return BatchRuntime.getJobOperator().start(SYNC_JOB, new Properties());
    }

    /** The sync job's latest runs, newest first. */
    public List<DirectorySyncRun> syncRuns() {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<DirectorySyncRun> runs = new ArrayList<>();
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(SYNC_JOB, 0, RUNS_SHOWN);
        } catch (NoSuchJobException neverRun) {
            return runs;
        }
        for (JobInstance instance : instances) {
            for (JobExecution execution : operator.getJobExecutions(instance)) {
                runs.add(new DirectorySyncRun(
                        execution.getExecutionId(),
                        execution.getBatchStatus().name(),
                        instant(execution.getStartTime()),
                        instant(execution.getEndTime()),
                        execution.getBatchStatus() == BatchStatus.COMPLETED
                                ? DirectorySyncResult.parse(execution.getExitStatus())
                                : null));
            }
        }
        runs.sort(Comparator.comparingLong(DirectorySyncRun::executionId).reversed());
        return runs;
    }

    /**
     * Refuses a change to a field the directory owns. The contact screens call it before saving a
     * contact; nothing is refused for a contact whose login is not a directory login.
     */
    @Internal
    public void requireEditable(long contactId, String firstName, String lastName, String email, String username) {
        Contact contact = Optional.ofNullable(em.find(Contact.class, contactId)).orElseThrow(NotFoundException::new);
        Optional<UserAccount> account = em.createQuery(
                        "SELECT a FROM UserAccount a WHERE a.contact = :contact AND a.directoryDn IS NOT NULL",
                        UserAccount.class)
                .setParameter("contact", contact)
                .getResultStream()
                .findFirst();
        if (account.isEmpty()) {
            return;
        }
        boolean changed = !Objects.equals(firstName, contact.getFirstName())
                || !Objects.equals(lastName, contact.getLastName())
                || !Objects.equals(email, contact.getEmail())
                || (username != null
                        && !ContactFieldRules.username(username)
                                .equals(account.get().getUsername()));
        if (changed) {
            throw new DirectoryOwnedException();
        }
    }

    private enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        SKIPPED
    }

    private Optional<UserAccount> take(DirectoryEntry entry) {
        upsert(entry);
        return accountByDn(entry.dn());
    }

    private Outcome upsert(DirectoryEntry entry) {
        if (!entry.complete()) {
            return Outcome.SKIPPED;
        }
        Optional<UserAccount> existing = accountByDn(entry.dn()).or(() -> accountByUsername(entry.username())
                .filter(a -> a.getRole() == Role.CUSTOMER && a.getContact() != null));
        if (existing.isPresent()) {
            UserAccount account = existing.get();
            Contact contact = account.getContact();
            boolean same = entry.dn().equals(account.getDirectoryDn())
                    && ContactFieldRules.username(entry.username()).equals(account.getUsername())
                    && entry.displayName().equals(account.getDisplayName())
                    && !account.hasPassword()
                    && (contact == null
                            || (entry.firstName().equals(contact.getFirstName())
                                    && entry.lastName().equals(contact.getLastName())
                                    && entry.email().equals(contact.getEmail())));
            if (same) {
                return Outcome.UNCHANGED;
            }
            if (accountByUsername(entry.username())
                    .filter(other -> other != account)
                    .isPresent()) {
                return Outcome.SKIPPED;
            }
            account.takeFromDirectory(entry.dn(), entry.username(), entry.displayName());
            if (contact != null) {
                contact.takeFromDirectory(entry.firstName(), entry.lastName(), entry.email());
            }
            return Outcome.UPDATED;
        }
        Optional<Customer> customer = em.createQuery(
                        "SELECT c FROM Customer c WHERE c.accountNumber = :value OR c.name = :value ORDER BY c.id",
                        Customer.class)
                .setParameter("value", entry.customer())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        if (customer.isEmpty() || accountByUsername(entry.username()).isPresent()) {
            return Outcome.SKIPPED;
        }
        Contact contact = new Contact(customer.get(), entry.firstName(), entry.lastName(), entry.email());
        em.persist(contact);
        em.persist(UserAccount.ofDirectory(entry.username(), entry.displayName(), contact, entry.dn()));
        em.flush();
        return Outcome.CREATED;
    }

    private Optional<UserAccount> accountByDn(String dn) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.directoryDn = :dn", UserAccount.class)
                .setParameter("dn", dn)
                .getResultStream()
                .findFirst();
    }

    private Optional<UserAccount> accountByUsername(String username) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :username", UserAccount.class)
                .setParameter("username", ContactFieldRules.username(username))
                .getResultStream()
                .findFirst();
    }

    private DirectoryConfig readConfig() {
        DirectoryConfig defaults = DirectoryConfig.defaults();
        return new DirectoryConfig(
                read("url", defaults.url()),
                read("bind-dn", defaults.bindDn()),
                read("user-base", defaults.userBase()),
                read("user-filter", defaults.userFilter()),
                read("attr.username", defaults.usernameAttribute()),
                read("attr.first-name", defaults.firstNameAttribute()),
                read("attr.last-name", defaults.lastNameAttribute()),
                read("attr.email", defaults.emailAttribute()),
                read("attr.phone", defaults.phoneAttribute()),
                read("attr.customer", defaults.customerAttribute()));
    }

    private String read(String name, String fallback) {
        return Optional.ofNullable(em.find(PortalSetting.class, PREFIX + name))
                .map(PortalSetting::getValue)
                .filter(v -> !v.isBlank())
                .orElse(fallback);
    }

    private void save(String name, String value) {
        String cleaned = value == null ? "" : value.strip();
        PortalSetting setting = em.find(PortalSetting.class, PREFIX + name);
        if (setting == null) {
            em.persist(new PortalSetting(PREFIX + name, cleaned));
        } else {
            setting.setValue(cleaned);
        }
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
