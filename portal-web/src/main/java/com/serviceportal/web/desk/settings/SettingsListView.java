package com.serviceportal.web.desk.settings;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.settings.DuplicateNameException;
import com.serviceportal.settings.VersionedEntry;
import com.serviceportal.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A settings list with one form that adds a new entry or changes the one chosen for editing: teams,
 * case types, analysis fields, statuses, item categories. A save
 * refused because someone changed the entry since the page read it shows the entry as it now stands
 * and what differs from the form, so saving again is a choice made knowingly.
 *
 * @param <E> the list's entry
 */
public abstract class SettingsListView<E extends VersionedEntry<E>> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Feedback feedback;

    private List<E> entries = List.of();

    @Valid
    private E editing;

    /** After a refused save: where the entry as it now stands differs from the form. */
    private List<Difference> editingDifferences = List.of();

    /** The entries as they now stand. */
    protected abstract List<E> read();

    /** A new, empty entry for the form. */
    protected abstract E blank();

    /** Adds or changes the entry through the service. */
    protected abstract void store(E entry);

    /** Deletes the entry through the service. */
    protected abstract void remove(long id);

    /** The entry's name, for the messages. */
    protected abstract String nameOf(E entry);

    /** The id of the form's name field, beside which a name already taken is shown. */
    protected String nameField() {
        return "name";
    }

    /** The form's field for each of the service's refusals that concern one field. */
    protected Map<String, String> problemFields() {
        return Map.of();
    }

    @PostConstruct
    void startBlank() {
        editing = blank();
    }

    public void load() {
        entries = read();
    }

    public void startNew() {
        editingDifferences = List.of();
        editing = blank();
    }

    public void edit(E entry) {
        editingDifferences = List.of();
        editing = entry;
    }

    public void save() {
        try {
            store(editing);
            editingDifferences = List.of();
            feedback.info("settings.saved", nameOf(editing));
            editing = blank();
        } catch (DuplicateNameException e) {
            feedback.errorBeside(nameField(), e);
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            load();
            editingDifferences = VersionedEntry.compareWithCurrent(editing, entries);
            return;
        } catch (BusinessException e) {
            refused(e);
        }
        load();
    }

    /** Shows a refusal of the service beside the field it concerns, else above the form. */
    protected void refused(BusinessException e) {
        feedback.error(e, problemFields());
    }

    protected Feedback feedback() {
        return feedback;
    }

    public void delete(E entry) {
        try {
            remove(entry.getId());
            feedback.info("settings.deleted", nameOf(entry));
            if (entry.getId().equals(editing.getId())) {
                editing = blank();
            }
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
    }

    public List<E> getEntries() {
        return entries;
    }

    public E getEditing() {
        return editing;
    }

    public List<Difference> getEditingDifferences() {
        return editingDifferences;
    }
}
