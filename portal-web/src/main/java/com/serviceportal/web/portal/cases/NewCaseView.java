package com.serviceportal.web.portal.cases;

import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.equipment.NewCaseStart;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.NotFoundResponse;
import com.serviceportal.web.cases.NewCaseForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The customer's new-case form ({@code /portal/cases/new.xhtml}) and its confirmation; with
 * {@code ?equipment=} ("Add case for equipment") it starts with that item and its site chosen.
 */
@Named
@ViewScoped
public class NewCaseView extends NewCaseForm {

    private static final long serialVersionUID = 1L;

    @Inject
    private EquipmentService equipmentService;

    @Inject
    private NotFoundResponse notFound;

    private Long equipment;

    @Override
    public void load() {
        if (equipment != null && getDraft().getEquipmentId() == null) {
            try {
                NewCaseStart start = equipmentService.newCaseStart(equipment);
                getDraft().setCustomerId(start.getCustomerId());
                getDraft().setEquipmentId(start.getEquipmentId());
            } catch (NotFoundException e) {
                notFound.send();
                return;
            }
        }
        super.load();
    }

    @Override
    protected boolean isCustomerChosenByDesk() {
        return false;
    }

    public Long getEquipment() {
        return equipment;
    }

    public void setEquipment(Long equipment) {
        this.equipment = equipment;
    }
}
