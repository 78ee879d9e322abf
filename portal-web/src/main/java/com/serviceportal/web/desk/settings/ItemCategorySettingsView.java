package com.serviceportal.web.desk.settings;

import com.serviceportal.equipment.ItemCategoryEntry;
import com.serviceportal.equipment.ItemCategoryService;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.settings.DuplicateNameException;
import com.serviceportal.settings.VersionedEntry;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;

/**
 * The item categories ({@code /desk/settings/item-categories.xhtml}): the list, and one form that adds a
 * new category or changes the one chosen for editing.
 */
@Named
@ViewScoped
public class ItemCategorySettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ItemCategoryService settings;

    @Inject
    private Feedback feedback;

    private List<ItemCategoryEntry> entries = List.of();

    @Valid
    private ItemCategoryEntry editing = new ItemCategoryEntry();

    /** After a refused save: where the entry as it now stands differs from the form. */
    private List<Difference> editingDifferences = List.of();

    public void load() {
        entries = settings.categories();
    }

    public void startNew() {
        editingDifferences = List.of();
        editing = new ItemCategoryEntry();
    }

    public void edit(ItemCategoryEntry entry) {
        editingDifferences = List.of();
        editing = entry;
    }

    public void save() {
        try {
            settings.saveCategory(editing);
            editingDifferences = List.of();
            feedback.info("settings.saved", editing.getName());
            editing = new ItemCategoryEntry();
        } catch (DuplicateNameException e) {
            feedback.errorBeside("name", e);
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            load();
            editingDifferences = VersionedEntry.compareWithCurrent(editing, entries);
            return;
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
    }

    public void delete(ItemCategoryEntry entry) {
        try {
            settings.deleteCategory(entry.getId());
            feedback.info("settings.deleted", entry.getName());
            if (entry.getId().equals(editing.getId())) {
                editing = new ItemCategoryEntry();
            }
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
    }

    public List<ItemCategoryEntry> getEntries() {
        return entries;
    }

    public ItemCategoryEntry getEditing() {
        return editing;
    }

    public List<Difference> getEditingDifferences() {
        return editingDifferences;
    }
}
