package com.serviceportal.web.portal.equipment;

import com.serviceportal.web.equipment.EquipmentEditForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The customer's new and edit equipment page ({@code /portal/equipment/edit.xhtml}). */
@Named
@ViewScoped
public class EquipmentEditView extends EquipmentEditForm {

    private static final long serialVersionUID = 1L;

    @Override
    protected String itemPage() {
        return "/portal/equipment/item.xhtml";
    }
}
