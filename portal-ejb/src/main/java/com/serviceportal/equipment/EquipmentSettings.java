package com.serviceportal.equipment;

import com.serviceportal.platform.Difference;
import com.serviceportal.settings.VersionedForm;
import java.util.List;

/** The portal settings on customers' equipment, as the administrator edits them. */
public class EquipmentSettings extends VersionedForm<EquipmentSettings> {

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

    @Override
    public List<Difference> differencesFrom(EquipmentSettings current) {
        return Difference.collect()
                .flag("equipment.settings.add", current.isAddAllowed(), addAllowed)
                .flag("equipment.settings.edit", current.isEditAllowed(), editAllowed)
                .list();
    }
}
