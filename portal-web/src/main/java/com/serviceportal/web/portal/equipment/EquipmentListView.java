package com.serviceportal.web.portal.equipment;

import com.serviceportal.equipment.CategoryChoice;
import com.serviceportal.equipment.EquipmentFilter;
import com.serviceportal.equipment.EquipmentPermissions;
import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.equipment.ItemCategoryService;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.NotFoundResponse;
import com.serviceportal.web.equipment.EquipmentRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The customer's equipment ({@code /portal/equipment/list.xhtml}): every item of every site it sees,
 * or with {@code ?site=} one site's items (and the company's shared ones) under the site's tabs.
 */
@Named
@ViewScoped
public class EquipmentListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EquipmentService equipment;

    @Inject
    private ItemCategoryService categories;

    @Inject
    private NotFoundResponse notFound;

    private Long site;
    private final EquipmentFilter filter = new EquipmentFilter();
    private EquipmentRows rows;
    private EquipmentPermissions permissions;
    private List<CategoryChoice> categoryChoices = List.of();

    public void load() {
        filter.setCustomerId(site);
        try {
            // asks once, so that a foreign site answers "not found" before the table reads
            equipment.search(filter, 0, 1);
        } catch (NotFoundException e) {
            notFound.send();
            return;
        }
        permissions = equipment.permissions();
        categoryChoices = categories.choices();
        rows = new EquipmentRows(equipment, filter);
    }

    /** The category or the search text changed: the table starts again on its first page. */
    public void search() {
        rows = new EquipmentRows(equipment, filter);
    }

    public Long getSite() {
        return site;
    }

    public void setSite(Long site) {
        this.site = site;
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
