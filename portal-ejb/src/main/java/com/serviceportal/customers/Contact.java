package com.serviceportal.customers;

import com.serviceportal.jobs.contacts.ContactFieldRules;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person of a customer or of one of its sites. A contact on a company sees the company and every
 * site below it; a contact on a site sees that site only.
 */
@Entity
@Table(name = "contact")
public class Contact {

    public static final int ROOM = 64;
    public static final int PAGER = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @NotBlank
    @Size(max = ContactFieldRules.FIRST_NAME)
    @Column(name = "first_name", nullable = false)
    private String firstName;

    @NotBlank
    @Size(max = ContactFieldRules.LAST_NAME)
    @Column(name = "last_name", nullable = false)
    private String lastName;

    @NotBlank
    @Email
    @Size(max = ContactFieldRules.EMAIL)
    @Column(nullable = false)
    private String email;

    /** The language mail to this contact is written in: "en" or "sv". */
    @NotBlank
    @Size(max = 8)
    @Column(nullable = false)
    private String language = "en";

    /** Fault reports of this contact become planned service orders at once, without the desk. */
    @Column(name = "order_directly", nullable = false)
    private boolean orderDirectly;

    @Column(name = "hide_performed_action", nullable = false)
    private boolean hidePerformedAction;

    @Column(name = "project_purchase_prices", nullable = false)
    private boolean projectPurchasePrices;

    @Column(name = "order_line_purchase_prices", nullable = false)
    private boolean orderLinePurchasePrices;

    @Column(name = "all_sites", nullable = false)
    private boolean allSites = true;

    /** The sites seen when not {@link #allSites}: sites of the contact's own customer tree. */
    @ElementCollection
    @CollectionTable(name = "contact_site", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "customer_id")
    private Set<Long> siteIds = new HashSet<>();

    @Column(name = "all_projects", nullable = false)
    private boolean allProjects = true;

    @ElementCollection
    @CollectionTable(name = "contact_project", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "project_id")
    private Set<Long> projectIds = new HashSet<>();

    @Size(max = ContactFieldRules.TITLE)
    private String title;

    /** Another contact of the same company, who approves what this one asks for. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "line_manager_id")
    private Contact lineManager;

    @Valid
    @Embedded
    private Address address;

    /** IANA time zone; {@code null} for the portal's default. */
    @Size(max = 60)
    @Column(name = "time_zone")
    private String timeZone;

    @Size(max = ContactFieldRules.PHONE)
    private String phone;

    @Size(max = ContactFieldRules.PHONE)
    private String mobile;

    @Size(max = ContactFieldRules.NOTES)
    private String notes;

    @Size(max = ROOM)
    private String room;

    @Size(max = ContactFieldRules.PHONE)
    private String fax;

    @Size(max = PAGER)
    private String pager;

    /** Where SMS to the contact goes, when not to the mobile number. */
    @Size(max = ContactFieldRules.PHONE)
    @Column(name = "sms_number")
    private String smsNumber;

    /** The partner organisation this contact is a person of ("customer of"); not its own company. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Customer partner;

    @Embedded
    private Position position;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** When the contact was deleted; a deleted contact is kept and can be enabled again. */
    @Column(name = "deleted_at")
    private Instant deletedAt;

    @OneToMany(mappedBy = "contact", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("email")
    private List<ContactAlias> aliases = new ArrayList<>();

    @Version
    private long version;

    protected Contact() {}

    public Contact(Customer customer, String firstName, String lastName, String email) {
        this.customer = customer;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isOrderDirectly() {
        return orderDirectly;
    }

    public boolean isHidePerformedAction() {
        return hidePerformedAction;
    }

    public boolean isProjectPurchasePrices() {
        return projectPurchasePrices;
    }

    public boolean isOrderLinePurchasePrices() {
        return orderLinePurchasePrices;
    }

    /** Where mail to this contact goes: the alias chosen as "send to", else the primary e-mail. */
    public String getMailAddress() {
        return aliases.stream()
                .filter(ContactAlias::isSendTo)
                .map(ContactAlias::getEmail)
                .findFirst()
                .orElse(email);
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public Contact getLineManager() {
        return lineManager;
    }

    /** The address; an empty one when none is known. */
    public Address getAddress() {
        return address == null ? new Address() : address;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getPhone() {
        return phone;
    }

    public String getMobile() {
        return mobile;
    }

    public String getNotes() {
        return notes;
    }

    public String getRoom() {
        return room;
    }

    public String getFax() {
        return fax;
    }

    public String getPager() {
        return pager;
    }

    public String getSmsNumber() {
        return smsNumber;
    }

    public Customer getPartner() {
        return partner;
    }

    /** The GPS position of the contact's last known address; empty when none is known. */
    public Optional<Position> getPosition() {
        return Optional.ofNullable(position).filter(Position::isKnown);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isAllSites() {
        return allSites;
    }

    public Set<Long> getSiteIds() {
        return Set.copyOf(siteIds);
    }

    public boolean isAllProjects() {
        return allProjects;
    }

    public Set<Long> getProjectIds() {
        return Set.copyOf(projectIds);
    }

    public List<ContactAlias> getAliases() {
        return List.copyOf(aliases);
    }

    void describe(ContactForm form, Customer customer, Contact lineManager, Customer partner, Position position) {
        this.room = form.getRoom();
        this.fax = form.getFax();
        this.pager = form.getPager();
        this.smsNumber = form.getSmsNumber();
        this.partner = partner;
        this.position = position;
        this.customer = customer;
        this.title = form.getTitle();
        this.firstName = form.getFirstName();
        this.lastName = form.getLastName();
        this.email = form.getEmail();
        this.lineManager = lineManager;
        this.address = form.getAddress().tidied();
        this.language = form.getLanguage();
        this.timeZone = form.getTimeZone();
        this.phone = form.getPhone();
        this.mobile = form.getMobile();
        this.notes = form.getNotes();
        this.orderDirectly = form.isOrderDirectly();
        this.hidePerformedAction = form.isHidePerformedAction();
        this.projectPurchasePrices = form.isProjectPurchasePrices();
        this.orderLinePurchasePrices = form.isOrderLinePurchasePrices();
        this.allSites = form.isAllSites();
        this.siteIds = new HashSet<>(allSites ? Set.of() : form.getSiteIds());
        this.allProjects = form.isAllProjects();
        this.projectIds = new HashSet<>(allProjects ? Set.of() : form.getProjectIds());
    }

    /** Keeps exactly the given aliases; {@code sendTo} names the one mail goes to, or none. */
    void keepAliases(List<String> emails, String sendTo) {
        aliases.removeIf(a -> emails.stream().noneMatch(a.getEmail()::equalsIgnoreCase));
        for (String address : emails) {
            if (aliases.stream().noneMatch(a -> a.getEmail().equalsIgnoreCase(address))) {
                aliases.add(new ContactAlias(this, address));
            }
        }
        aliases.forEach(a -> a.setSendTo(a.getEmail().equalsIgnoreCase(sendTo == null ? "" : sendTo)));
    }

    void delete(Instant at) {
        deletedAt = at;
    }

    void restore() {
        deletedAt = null;
    }

    /** Takes the names and e-mail address from the directory, which owns them for a directory login. */
    public void takeFromDirectory(String firstName, String lastName, String email) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
    }
}
