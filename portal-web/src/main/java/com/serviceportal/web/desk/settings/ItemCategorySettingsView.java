package com.serviceportal.web.desk.settings;

import com.serviceportal.equipment.ItemCategoryEntry;
import com.serviceportal.equipment.ItemCategoryService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The item categories ({@code /desk/settings/item-categories.xhtml}). */
@Named
@ViewScoped
public class ItemCategorySettingsView extends SettingsListView<ItemCategoryEntry> {

    private static final long serialVersionUID = 1L;

    @Inject
    private ItemCategoryService categories;

    @Override
    protected List<ItemCategoryEntry> read() {
        return categories.categories();
    }

    @Override
    protected ItemCategoryEntry blank() {
        return new ItemCategoryEntry();
    }

    @Override
    protected void store(ItemCategoryEntry entry) {
        categories.saveCategory(entry);
    }

    @Override
    protected void remove(long id) {
        categories.deleteCategory(id);
    }

    @Override
    protected String nameOf(ItemCategoryEntry entry) {
        return entry.getName();
    }
}
