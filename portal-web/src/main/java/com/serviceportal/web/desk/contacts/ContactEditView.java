package com.serviceportal.web.desk.contacts;

import com.serviceportal.customers.ContactChoices;
import com.serviceportal.customers.ContactFile;
import com.serviceportal.customers.ContactForm;
import com.serviceportal.customers.ContactFormException;
import com.serviceportal.customers.ContactService;
import com.serviceportal.customers.Countries;
import com.serviceportal.customers.SiteFilter;
import com.serviceportal.customers.SiteOption;
import com.serviceportal.equipment.ContactItemRow;
import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.Difference;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.AddressProblems;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A contact's page and form ({@code /desk/contacts/edit.xhtml}, {@code ?id=…} for an existing one):
 * details, aliases, portal options and the contact's items in tabs; delete and enable again; the vCard. A save refused
 * because someone else changed the contact meanwhile keeps what was typed, beside the contact as it
 * now stands.
 */
@Named
@ViewScoped
public class ContactEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A problem of the form → the id of the field it concerns. */
    private static final Map<String, String> PROBLEM_FIELDS = problemFields();

    @Inject
    private ContactService contacts;

    @Inject
    private EquipmentService equipment;

    @Inject
    private Feedback feedback;

    @Inject
    private NotFoundResponse notFound;

    @Inject
    private FacesContext faces;

    private Long id;
    /** For a new contact: the customer it is for, when the page was opened from that customer. */
    private Long customer;

    private ContactForm form;
    private ContactChoices choices;
    private List<Countries.Country> countries;
    private String newAlias;
    private List<Difference> differences = List.of();
    private SiteFilter siteFilter = new SiteFilter();
    private List<SiteOption> siteOptions = List.of();
    private List<ContactItemRow> items = List.of();
    private List<Choice> shareableItems = List.of();
    private Long itemToShare;

    public Long getCustomer() {
        return customer;
    }

    public void setCustomer(Long customer) {
        this.customer = customer;
    }

    public void load() {
        try {
            form = id == null ? contacts.newForm() : contacts.formFor(id);
            if (id == null && customer != null) {
                form.setCustomerId(customer);
            }
            choices = contacts.choices(form.getCustomerId(), form.getId());
            filterSites();
            countries = Countries.all(faces.getViewRoot().getLocale());
            if (id != null) {
                readItems();
            }
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    /** A customer was chosen: its company's line managers, sites and projects are offered. */
    public void customerChosen() {
        form.setLineManagerId(null);
        form.setSiteIds(List.of());
        form.setProjectIds(List.of());
        choices = contacts.choices(form.getCustomerId(), form.getId());
        filterSites();
    }

    /** Lists the sites the filter matches, beside those already chosen. */
    public void filterSites() {
        siteOptions = form.getCustomerId() == null
                ? List.of()
                : contacts.siteOptions(form.getCustomerId(), siteFilter, form.getSiteIds());
    }

    public void addAlias() {
        if (newAlias != null && !newAlias.isBlank()) {
            form.getAliases().add(newAlias.strip());
        }
        newAlias = null;
    }

    public void removeAlias(String alias) {
        form.getAliases().remove(alias);
        if (alias.equals(form.getSendTo())) {
            form.setSendTo(null);
        }
    }

    public String save() {
        try {
            long saved = contacts.save(form);
            feedback.info("contact.saved", form.getFirstName() + " " + form.getLastName());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/desk/contacts/edit?faces-redirect=true&id=" + saved;
        } catch (ContactFormException e) {
            feedback.error(e);
            feedback.errorsBeside(e.getProblems(), PROBLEM_FIELDS);
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            ContactForm current = contacts.formFor(form.getId());
            differences = form.differencesFrom(current, choices);
            form.rebaseOn(current);
        } catch (BusinessException e) {
            feedback.error(e);
        }
        return null;
    }

    private static Map<String, String> problemFields() {
        Map<String, String> fields = new HashMap<>(AddressProblems.FIELDS);
        for (String field : new String[] {"firstName", "lastName", "username", "email"}) {
            fields.put("contact.error.required." + field, field);
        }
        for (String field : new String[] {
            "title",
            "firstName",
            "lastName",
            "username",
            "email",
            "phone",
            "mobile",
            "fax",
            "pager",
            "smsNumber",
            "room",
            "notes"
        }) {
            fields.put("contact.error.tooLong." + field, field);
        }
        fields.put("contact.error.tooLong.field", "customField");
        fields.put("contact.error.field", "customField");
        fields.put("contact.error.emailSyntax", "email");
        fields.put("contact.error.usernameTaken", "username");
        fields.put("contact.error.customerRequired", "customer");
        fields.put("contact.error.lineManager", "lineManager");
        fields.put("contact.error.partner", "partner");
        fields.put("contact.error.latitude", "latitude");
        fields.put("contact.error.latitudeMissing", "latitude");
        fields.put("contact.error.longitude", "longitude");
        fields.put("contact.error.longitudeMissing", "longitude");
        fields.put("contact.error.language", "language");
        fields.put("contact.error.timeZone", "timeZone");
        fields.put("contact.error.aliasSyntax", "newAlias");
        fields.put("contact.error.aliasIsPrimary", "newAlias");
        fields.put("contact.error.aliasTwice", "newAlias");
        fields.put("contact.error.sendTo", "sendTo");
        fields.put("contact.error.sites", "sites");
        fields.put("contact.error.projects", "projects");
        return Map.copyOf(fields);
    }

    public String delete() {
        return change(true);
    }

    public String restore() {
        return change(false);
    }

    private String change(boolean delete) {
        try {
            if (delete) {
                contacts.delete(form.getId());
            } else {
                contacts.restore(form.getId());
            }
            feedback.info(
                    delete ? "contact.deleted" : "contact.restored", form.getFirstName() + " " + form.getLastName());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/desk/contacts/edit?faces-redirect=true&id=" + form.getId();
        } catch (BusinessException e) {
            feedback.error(e);
            return null;
        }
    }

    /** Shares the chosen item of the contact's company with the contact. */
    public void shareItem() {
        if (itemToShare == null) {
            return;
        }
        try {
            equipment.shareWithContact(form.getId(), itemToShare);
            feedback.info("contact.items.added");
        } catch (BusinessException e) {
            feedback.error(e);
        }
        itemToShare = null;
        readItems();
    }

    public void stopSharing(ContactItemRow row) {
        try {
            equipment.stopSharingWithContact(form.getId(), row.getItem().getId(), row.getVersion());
            feedback.info("contact.items.removed");
        } catch (BusinessException e) {
            feedback.error(e);
        }
        readItems();
    }

    /** The Items tab as an Excel workbook, its headers in the reader's language. */
    public StreamedContent getItemsWorkbook() {
        long contactId = form.getId();
        List<String> headers = Stream.of(
                        "equipment.idNumber",
                        "equipment.description",
                        "equipment.serialNumber",
                        "equipment.make",
                        "equipment.model",
                        "equipment.category",
                        "equipment.fields",
                        "equipment.site",
                        "contact.items.sharedWithContact")
                .map(feedback::text)
                .toList();
        return DefaultStreamedContent.builder()
                .name("items.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(
                        equipment.exportItemsOfContact(contactId, headers).content()))
                .build();
    }

    private void readItems() {
        items = equipment.itemsOfContact(id);
        shareableItems = equipment.shareableWithContact(id, null);
    }

    public List<ContactItemRow> getItems() {
        return items;
    }

    public List<Choice> getShareableItems() {
        return shareableItems;
    }

    public Long getItemToShare() {
        return itemToShare;
    }

    public void setItemToShare(Long itemToShare) {
        this.itemToShare = itemToShare;
    }

    public StreamedContent getCard() {
        long contactId = form.getId();
        ContactFile card = contacts.vCard(contactId);
        return DefaultStreamedContent.builder().name(card.fileName()).contentType(card.contentType()).stream(
                        () -> new ByteArrayInputStream(card.content()))
                .build();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ContactForm getForm() {
        return form;
    }

    public ContactChoices getChoices() {
        return choices;
    }

    public List<Countries.Country> getCountries() {
        return countries;
    }

    /** After a refused save: what the contact now holds where it differs from the form. */
    public List<Difference> getDifferences() {
        return differences;
    }

    public SiteFilter getSiteFilter() {
        return siteFilter;
    }

    /** The sites the picker lists: those the filter matches and those already chosen. */
    public List<SiteOption> getSiteOptions() {
        return siteOptions;
    }

    public String getNewAlias() {
        return newAlias;
    }

    public void setNewAlias(String newAlias) {
        this.newAlias = newAlias;
    }
}
