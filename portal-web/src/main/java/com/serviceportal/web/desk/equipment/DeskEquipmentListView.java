package com.serviceportal.web.desk.equipment;

import com.serviceportal.equipment.CategoryChoice;
import com.serviceportal.equipment.EquipmentFilter;
import com.serviceportal.equipment.EquipmentPermissions;
import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.equipment.ItemCategoryService;
import com.serviceportal.web.equipment.EquipmentRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Every customer's equipment for the desk ({@code /desk/equipment/list.xhtml}), by customer and search. */
@Named
@ViewScoped
public class DeskEquipmentListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EquipmentService equipment;

    @Inject
    private ItemCategoryService categories;

    private final EquipmentFilter filter = new EquipmentFilter();
    private EquipmentRows rows;
    private EquipmentPermissions permissions;
    private List<CategoryChoice> categoryChoices = List.of();

    public void load() {
        permissions = equipment.permissions();
        categoryChoices = categories.choices();
        rows = new EquipmentRows(equipment, filter);
    }

    /** The customer, the category or the search text changed: the table starts again on its first page. */
    public void search() {
        rows = new EquipmentRows(equipment, filter);
    }

    public EquipmentFilter getFilter() {
        return filter;
    }

    public EquipmentRows getRows() {
        return rows;
    }

    public List<CategoryChoice> getCategoryChoices() {
        return categoryChoices;
    }

    public EquipmentPermissions getPermissions() {
        return permissions;
    }
}
