package com.serviceportal.web.desk.settings;

import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.equipment.EquipmentSettings;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Whether customers add and edit equipment ({@code /desk/settings/equipment.xhtml}). */
@Named
@ViewScoped
public class EquipmentSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EquipmentService equipment;

    @Inject
    private Feedback feedback;

    private EquipmentSettings values = new EquipmentSettings();

    public void load() {
        values = equipment.settings();
    }

    public void save() {
        try {
            equipment.saveSettings(values);
            feedback.info("equipment.settings.saved");
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public EquipmentSettings getValues() {
        return values;
    }
}
