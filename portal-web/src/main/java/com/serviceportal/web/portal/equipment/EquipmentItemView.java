package com.serviceportal.web.portal.equipment;

import com.serviceportal.equipment.EquipmentDetails;
import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One item as the customer sees it ({@code /portal/equipment/item.xhtml?id=…}): its facts, contract
 * cover, cases and work orders, with "Add case for equipment" and "Request service".
 */
@Named
@ViewScoped
public class EquipmentItemView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EquipmentService equipment;

    @Inject
    private NotFoundResponse notFound;

    private Long id;
    private EquipmentDetails details;

    public void load() {
        try {
            if (id == null) {
                throw new NotFoundException();
            }
            details = equipment.get(id);
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EquipmentDetails getDetails() {
        return details;
    }
}
