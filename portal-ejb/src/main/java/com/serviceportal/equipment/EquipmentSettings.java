package com.serviceportal.equipment;

import java.io.Serializable;

/** The portal settings on customers' equipment, as the administrator edits them. */
public class EquipmentSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Customers may add items on the sites they see. */
    private boolean addAllowed;

    /** Customers may edit the items they added themselves. */
    private boolean editAllowed;

    public boolean isAddAllowed() {
        return addAllowed;
    }

    public void setAddAllowed(boolean addAllowed) {
        this.addAllowed = addAllowed;
    }

    public boolean isEditAllowed() {
        return editAllowed;
    }

    public void setEditAllowed(boolean editAllowed) {
        this.editAllowed = editAllowed;
    }
}
