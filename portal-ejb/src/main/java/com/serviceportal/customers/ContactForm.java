package com.serviceportal.customers;

import com.serviceportal.jobs.contacts.ContactFieldRules;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.Difference;
import com.serviceportal.security.UserAccount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A contact as the desk's form edits it: the person, its login, its extra addresses, its portal
 * options and its custom fields. The service checks every field at once and names each problem.
 */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @Size(max = ContactFieldRules.TITLE)
    private String title;

    @Size(max = ContactFieldRules.FIRST_NAME)
    private String firstName;

    @Size(max = ContactFieldRules.LAST_NAME)
    private String lastName;

    @Size(max = ContactFieldRules.USERNAME)
    private String username;

    @Size(max = ContactFieldRules.EMAIL)
    private String email;

    private boolean webAccess;
    private Long customerId;
    private Long lineManagerId;

    @Valid
    private Address address = new Address();

    private String language = "en";
    private String timeZone;

    @Size(max = ContactFieldRules.PHONE)
    private String phone;

    @Size(max = ContactFieldRules.PHONE)
    private String mobile;

    @Size(max = ContactFieldRules.NOTES)
    private String notes;

    @Size(max = Contact.ROOM)
    private String room;

    @Size(max = ContactFieldRules.PHONE)
    private String fax;

    @Size(max = Contact.PAGER)
    private String pager;

    @Size(max = ContactFieldRules.PHONE)
    private String smsNumber;

    private Long partnerId;

    /** In decimal degrees, as typed: the service names what is wrong with it. */
    private String latitude;

    private String longitude;

    private List<String> aliases = new ArrayList<>();
    private String sendTo;

    private boolean orderDirectly;
    private boolean hidePerformedAction;
    private boolean projectPurchasePrices;
    private boolean orderLinePurchasePrices;
    private boolean allSites = true;
    private List<Long> siteIds = new ArrayList<>();
    private boolean allProjects = true;
    private List<Long> projectIds = new ArrayList<>();

    /** Custom field values by field id. */
    private Map<Long, String> fieldValues = new HashMap<>();

    // shown, never saved
    private boolean directoryOwned;
    private boolean deleted;
    private Instant createdAt;
    private Instant lastLoginAt;
    private String lastLoginAddress;
    private String mapAddress;

    public static ContactForm blank() {
        return new ContactForm();
    }

    static ContactForm of(Contact c, UserAccount account, Map<Long, String> values) {
        ContactForm form = new ContactForm();
        form.id = c.getId();
        form.version = c.getVersion();
        form.title = c.getTitle();
        form.firstName = c.getFirstName();
        form.lastName = c.getLastName();
        form.email = c.getEmail();
        form.customerId = c.getCustomer().getId();
        form.lineManagerId =
                c.getLineManager() == null ? null : c.getLineManager().getId();
        form.address = c.getAddress().tidied();
        form.language = c.getLanguage();
        form.timeZone = c.getTimeZone();
        form.phone = c.getPhone();
        form.mobile = c.getMobile();
        form.notes = c.getNotes();
        form.room = c.getRoom();
        form.fax = c.getFax();
        form.pager = c.getPager();
        form.smsNumber = c.getSmsNumber();
        form.partnerId = c.getPartner() == null ? null : c.getPartner().getId();
        c.getPosition().ifPresent(p -> {
            form.latitude = p.getLatitude();
            form.longitude = p.getLongitude();
            form.mapAddress = p.getMapAddress();
        });
        form.aliases = new ArrayList<>(
                c.getAliases().stream().map(ContactAlias::getEmail).toList());
        form.sendTo = c.getAliases().stream()
                .filter(ContactAlias::isSendTo)
                .map(ContactAlias::getEmail)
                .findFirst()
                .orElse(null);
        form.orderDirectly = c.isOrderDirectly();
        form.hidePerformedAction = c.isHidePerformedAction();
        form.projectPurchasePrices = c.isProjectPurchasePrices();
        form.orderLinePurchasePrices = c.isOrderLinePurchasePrices();
        form.allSites = c.isAllSites();
        form.siteIds = new ArrayList<>(c.getSiteIds());
        form.allProjects = c.isAllProjects();
        form.projectIds = new ArrayList<>(c.getProjectIds());
        form.fieldValues = new HashMap<>(values);
        form.deleted = c.isDeleted();
        form.createdAt = c.getCreatedAt();
        if (account != null) {
            form.username = account.getUsername();
            form.webAccess = account.isEnabled();
            form.directoryOwned = account.isDirectoryOwned();
            form.lastLoginAt = account.getLastLoginAt();
            form.lastLoginAddress = account.getLastLoginAddress();
        }
        return form;
    }

    /**
     * The fields whose stored value differs from what this form holds; customers and line managers
     * are named as the form's lists name them.
     */
    public List<Difference> differencesFrom(ContactForm current, ContactChoices choices) {
        return Difference.collect()
                .value("contact.title", current.title, title)
                .value("contact.firstName", current.firstName, firstName)
                .value("contact.lastName", current.lastName, lastName)
                .value("contact.username", current.username, username)
                .value("contact.email", current.email, email)
                .flag("contact.webAccess", current.webAccess, webAccess)
                .choice("contact.customer", current.customerId, customerId, choices.customers())
                .choice("contact.lineManager", current.lineManagerId, lineManagerId, choices.lineManagers())
                .value("contact.address", current.address.getLine1(), address.getLine1())
                .value("contact.address2", current.address.getLine2(), address.getLine2())
                .value("contact.postcodeCity", current.address.getPostcode(), address.getPostcode())
                .value("contact.city", current.address.getCity(), address.getCity())
                .value("contact.state", current.address.getStateRegion(), address.getStateRegion())
                .value("contact.country", current.address.getCountryCode(), address.getCountryCode())
                .value("contact.language", current.language, language)
                .value("contact.timeZone", current.timeZone, timeZone)
                .value("contact.phone", current.phone, phone)
                .value("contact.mobile", current.mobile, mobile)
                .value("contact.room", current.room, room)
                .value("contact.fax", current.fax, fax)
                .value("contact.pager", current.pager, pager)
                .value("contact.smsNumber", current.smsNumber, smsNumber)
                .choice("contact.partner", current.partnerId, partnerId, choices.customers())
                .value("contact.latitude", current.latitude, latitude)
                .value("contact.longitude", current.longitude, longitude)
                .value("contact.notes", current.notes, notes)
                .value("contact.aliases", String.join(", ", current.aliases), String.join(", ", aliases))
                .value("contact.sendTo", current.sendTo, sendTo)
                .flag("contact.orderDirectly", current.orderDirectly, orderDirectly)
                .flag("contact.hidePerformedAction", current.hidePerformedAction, hidePerformedAction)
                .flag("contact.projectPurchasePrices", current.projectPurchasePrices, projectPurchasePrices)
                .flag("contact.orderLinePurchasePrices", current.orderLinePurchasePrices, orderLinePurchasePrices)
                .flag("contact.allSites", current.allSites, allSites)
                .value(
                        "contact.chosenSites",
                        labels(current.siteIds, choices.sites()),
                        labels(siteIds, choices.sites()))
                .flag("contact.allProjects", current.allProjects, allProjects)
                .value(
                        "contact.chosenProjects",
                        labels(current.projectIds, choices.projects()),
                        labels(projectIds, choices.projects()))
                .list();
    }

    private static String labels(List<Long> ids, List<Choice> choices) {
        return choices.stream()
                .filter(c -> ids.contains(c.getId()))
                .map(Choice::getLabel)
                .collect(Collectors.joining(", "));
    }

    /** Keeps what was typed, to be saved again over the contact as it now stands. */
    public void rebaseOn(ContactForm current) {
        version = current.version;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isWebAccess() {
        return webAccess;
    }

    public void setWebAccess(boolean webAccess) {
        this.webAccess = webAccess;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getLineManagerId() {
        return lineManagerId;
    }

    public void setLineManagerId(Long lineManagerId) {
        this.lineManagerId = lineManagerId;
    }

    public Address getAddress() {
        return address;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getFax() {
        return fax;
    }

    public void setFax(String fax) {
        this.fax = fax;
    }

    public String getPager() {
        return pager;
    }

    public void setPager(String pager) {
        this.pager = pager;
    }

    public String getSmsNumber() {
        return smsNumber;
    }

    public void setSmsNumber(String smsNumber) {
        this.smsNumber = smsNumber;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    /** The saved position on a map; {@code null} when none is saved. */
    public String getMapAddress() {
        return mapAddress;
    }

    public List<String> getAliases() {
        return aliases;
    }

    public void setAliases(List<String> aliases) {
        this.aliases = new ArrayList<>(aliases);
    }

    public String getSendTo() {
        return sendTo;
    }

    /** The alias mail goes to; {@code null} or blank for the primary e-mail. */
    public void setSendTo(String sendTo) {
        this.sendTo = sendTo;
    }

    public boolean isOrderDirectly() {
        return orderDirectly;
    }

    public void setOrderDirectly(boolean orderDirectly) {
        this.orderDirectly = orderDirectly;
    }

    public boolean isHidePerformedAction() {
        return hidePerformedAction;
    }

    public void setHidePerformedAction(boolean hidePerformedAction) {
        this.hidePerformedAction = hidePerformedAction;
    }

    public boolean isProjectPurchasePrices() {
        return projectPurchasePrices;
    }

    public void setProjectPurchasePrices(boolean projectPurchasePrices) {
        this.projectPurchasePrices = projectPurchasePrices;
    }

    public boolean isOrderLinePurchasePrices() {
        return orderLinePurchasePrices;
    }

    public void setOrderLinePurchasePrices(boolean orderLinePurchasePrices) {
        this.orderLinePurchasePrices = orderLinePurchasePrices;
    }

    public boolean isAllSites() {
        return allSites;
    }

    public void setAllSites(boolean allSites) {
        this.allSites = allSites;
    }

    public List<Long> getSiteIds() {
        return siteIds;
    }

    public void setSiteIds(List<Long> siteIds) {
        this.siteIds = new ArrayList<>(siteIds);
    }

    public boolean isAllProjects() {
        return allProjects;
    }

    public void setAllProjects(boolean allProjects) {
        this.allProjects = allProjects;
    }

    public List<Long> getProjectIds() {
        return projectIds;
    }

    public void setProjectIds(List<Long> projectIds) {
        this.projectIds = new ArrayList<>(projectIds);
    }

    public Map<Long, String> getFieldValues() {
        return fieldValues;
    }

    public boolean isDirectoryOwned() {
        return directoryOwned;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public String getLastLoginAddress() {
        return lastLoginAddress;
    }
}
