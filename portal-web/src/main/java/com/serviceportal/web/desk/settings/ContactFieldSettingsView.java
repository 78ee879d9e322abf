package com.serviceportal.web.desk.settings;

import com.serviceportal.customers.ContactFieldEntry;
import com.serviceportal.customers.ContactService;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.settings.VersionedEntry;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The contacts' custom fields ({@code /desk/settings/contact-fields.xhtml}): label, active, order. */
@Named
@ViewScoped
public class ContactFieldSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContactService contacts;

    @Inject
    private Feedback feedback;

    private List<ContactFieldEntry> entries;

    /** After a refused save: where the fields as they now stand differ from the form. */
    private List<Difference> differences = List.of();

    public void load() {
        entries = new ArrayList<>(contacts.fields());
    }

    /** A blank row for a new field, ordered after the others; it is saved with the list. */
    public void add() {
        ContactFieldEntry entry = new ContactFieldEntry();
        entry.setSortOrder((entries.size() + 1) * 10);
        entries.add(entry);
    }

    public void save() {
        try {
            contacts.saveFields(entries);
            feedback.info("contactFields.saved");
            differences = List.of();
            load();
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            List<ContactFieldEntry> current = contacts.fields();
            differences = entries.stream()
                    .flatMap(entry -> VersionedEntry.compareWithCurrent(entry, current).stream())
                    .toList();
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public List<ContactFieldEntry> getEntries() {
        return entries;
    }

    public List<Difference> getDifferences() {
        return differences;
    }
}
