package com.serviceportal.web.desk.settings;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.settings.DuplicateNameException;
import com.serviceportal.settings.SettingsAdminService;
import com.serviceportal.settings.SubjectEntry;
import com.serviceportal.settings.VersionedEntry;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;

/**
 * The subjects and their subtypes ({@code /desk/settings/subjects.xhtml}): the subjects with a form
 * for one, and the subtypes of the chosen subject with a form for one of those.
 */
@Named
@ViewScoped
public class SubjectSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SettingsAdminService settings;

    @Inject
    private Feedback feedback;

    private List<SubjectEntry> subjects = List.of();
    private List<SubjectEntry> subtypes = List.of();

    /** The subject whose subtypes are shown. */
    private SubjectEntry chosen;

    @Valid
    private SubjectEntry editing = new SubjectEntry();

    /** After a refused save: where the entry as it now stands differs from the form. */
    private List<Difference> editingDifferences = List.of();

    @Valid
    private SubjectEntry editingSubtype = new SubjectEntry();

    /** After a refused save: where the entry as it now stands differs from the form. */
    private List<Difference> editingSubtypeDifferences = List.of();

    public void load() {
        subjects = settings.subjects();
        chosen = chosen == null
                ? null
                : subjects.stream()
                        .filter(s -> s.getId().equals(chosen.getId()))
                        .findFirst()
                        .orElse(null);
        subtypes = chosen == null ? List.of() : settings.subtypes(chosen.getId());
    }

    public void startNew() {
        editingDifferences = List.of();
        editing = new SubjectEntry();
    }

    public void edit(SubjectEntry subject) {
        editingDifferences = List.of();
        editing = subject;
    }

    public void choose(SubjectEntry subject) {
        chosen = subject;
        startNewSubtype();
        load();
    }

    /** Saves the subject and shows its subtypes, so that a new subject's can be added at once. */
    public void save() {
        try {
            long id = settings.saveSubject(editing);
            editingDifferences = List.of();
            feedback.info("settings.saved", editing.getName());
            chosen = new SubjectEntry();
            chosen.setId(id);
            editing = new SubjectEntry();
            startNewSubtype();
        } catch (DuplicateNameException e) {
            feedback.errorBeside("name", e);
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            load();
            editingDifferences = VersionedEntry.compareWithCurrent(editing, subjects);
            return;
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
    }

    public void delete(SubjectEntry subject) {
        try {
            settings.deleteSubject(subject.getId());
            feedback.info("settings.deleted", subject.getName());
            if (subject.getId().equals(editing.getId())) {
                editing = new SubjectEntry();
            }
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
    }

    public void startNewSubtype() {
        editingSubtypeDifferences = List.of();
        editingSubtype = new SubjectEntry();
        editingSubtype.setSubjectId(chosen == null ? null : chosen.getId());
    }

    public void editSubtype(SubjectEntry subtype) {
        editingSubtypeDifferences = List.of();
        editingSubtype = subtype;
    }

    public void saveSubtype() {
        try {
            settings.saveSubtype(editingSubtype);
            editingSubtypeDifferences = List.of();
            feedback.info("settings.saved", editingSubtype.getName());
            startNewSubtype();
        } catch (DuplicateNameException e) {
            feedback.errorBeside("subtypeName", e);
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            load();
            editingSubtypeDifferences = VersionedEntry.compareWithCurrent(editingSubtype, subtypes);
            return;
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
    }

    public void deleteSubtype(SubjectEntry subtype) {
        try {
            settings.deleteSubtype(subtype.getId());
            feedback.info("settings.deleted", subtype.getName());
            if (subtype.getId().equals(editingSubtype.getId())) {
                startNewSubtype();
            }
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
    }

    public List<SubjectEntry> getSubjects() {
        return subjects;
    }

    public List<SubjectEntry> getSubtypes() {
        return subtypes;
    }

    public SubjectEntry getChosen() {
        return chosen;
    }

    public SubjectEntry getEditing() {
        return editing;
    }

    public SubjectEntry getEditingSubtype() {
        return editingSubtype;
    }

    public List<Difference> getEditingDifferences() {
        return editingDifferences;
    }

    public List<Difference> getEditingSubtypeDifferences() {
        return editingSubtypeDifferences;
    }

    /** After a refused save of a subject or a subtype: where it now differs from the form. */
    public List<Difference> getDifferences() {
        return editingDifferences.isEmpty() ? editingSubtypeDifferences : editingDifferences;
    }
}
