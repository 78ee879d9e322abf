package com.serviceportal.security;

import com.serviceportal.customers.Contact;
import com.serviceportal.jobs.contacts.ContactFieldRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A login: a customer contact given web access, or a service-desk staff user. The password is kept
 * only as a salted Argon2id hash in Shiro's self-describing format; the username in lower case
 * ({@link ContactFieldRules#username}), however it was typed.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 64)
    @Column(nullable = false, unique = true)
    private String username;

    @Size(max = 255)
    @Column(name = "password_hash")
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @NotBlank
    @Size(max = ContactFieldRules.DISPLAY_NAME)
    @Column(name = "display_name", nullable = false)
    private String displayName;

    /** The contact this login belongs to; {@code null} for staff. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Where a staff user receives mail about its cases; optional, and unused for contacts. */
    @Email
    @Size(max = 254)
    private String email;

    /** The language mail to this account is written in: "en" or "sv". */
    @NotBlank
    @Size(max = 8)
    @Column(nullable = false)
    private String language = "en";

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Size(max = 64)
    @Column(name = "last_login_address")
    private String lastLoginAddress;

    /** Set for a login that signs in against the directory; it then has no portal password. */
    @Size(max = 400)
    @Column(name = "directory_dn")
    private String directoryDn;

    @Version
    private long version;

    protected UserAccount() {}

    /** A contact's login; it has no password until the contact sets one through an invitation link. */
    public static UserAccount forContact(Contact contact, String username, boolean webAccess) {
        UserAccount account = new UserAccount();
        account.contact = contact;
        account.role = Role.CUSTOMER;
        account.username = ContactFieldRules.username(username);
        account.enabled = webAccess;
        account.displayName = contact.getFullName();
        account.language = contact.getLanguage();
        return account;
    }

    /** A contact's login that signs in against the directory entry {@code directoryDn}. */
    static UserAccount ofDirectory(String username, String displayName, Contact contact, String directoryDn) {
        UserAccount account = new UserAccount();
        account.username = ContactFieldRules.username(username);
        account.displayName = displayName;
        account.contact = contact;
        account.role = Role.CUSTOMER;
        account.directoryDn = directoryDn;
        account.language = contact.getLanguage();
        return account;
    }

    /** Keeps a contact's login in step with the contact form. */
    public void describeContact(String username, boolean webAccess) {
        this.username = ContactFieldRules.username(username);
        this.enabled = webAccess;
        this.displayName = contact.getFullName();
        this.language = contact.getLanguage();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Contact getContact() {
        return contact;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public String getLastLoginAddress() {
        return lastLoginAddress;
    }

    public String getDirectoryDn() {
        return directoryDn;
    }

    /** Whether names, e-mail and username belong to the directory and cannot be changed here. */
    public boolean isDirectoryOwned() {
        return directoryDn != null;
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    /** Where mail about this login goes: the contact's address, or a staff user's own. */
    String mailAddress() {
        return contact != null ? contact.getMailAddress() : email;
    }

    String mailLanguage() {
        return contact != null ? contact.getLanguage() : language;
    }

    /** Takes the fields the directory owns; from now on the directory checks the password. */
    void takeFromDirectory(String directoryDn, String username, String displayName) {
        this.directoryDn = directoryDn;
        this.username = ContactFieldRules.username(username);
        this.displayName = displayName;
        this.passwordHash = null;
    }

    void recordLogin(Instant at, String address) {
        this.lastLoginAt = at;
        this.lastLoginAddress = address;
    }
}
