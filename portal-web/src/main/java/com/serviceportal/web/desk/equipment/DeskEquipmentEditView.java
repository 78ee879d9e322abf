package com.serviceportal.web.desk.equipment;

import com.serviceportal.web.equipment.EquipmentEditForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The desk's new and edit equipment page ({@code /desk/equipment/edit.xhtml}), for any customer. */
@Named
@ViewScoped
public class DeskEquipmentEditView extends EquipmentEditForm {

    private static final long serialVersionUID = 1L;

    @Override
    protected String itemPage() {
        return "/desk/equipment/item.xhtml";
    }
}
