package com.serviceportal.web.desk.equipment;

import com.serviceportal.equipment.EquipmentFilter;
import com.serviceportal.equipment.EquipmentPermissions;
import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.web.equipment.EquipmentRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Every customer's equipment for the desk ({@code /desk/equipment/list.xhtml}), by customer and search. */
@Named
@ViewScoped
public class DeskEquipmentListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EquipmentService equipment;

    private final EquipmentFilter filter = new EquipmentFilter();
    private EquipmentRows rows;
    private EquipmentPermissions permissions;

    public void load() {
        permissions = equipment.permissions();
        rows = new EquipmentRows(equipment, filter);
    }

    /** The customer or the search text changed: the table starts again on its first page. */
    public void search() {
        rows = new EquipmentRows(equipment, filter);
    }

    public EquipmentFilter getFilter() {
        return filter;
    }

    public EquipmentRows getRows() {
        return rows;
    }

    public EquipmentPermissions getPermissions() {
        return permissions;
    }
}
