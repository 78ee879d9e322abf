package com.serviceportal.web.desk.settings;

import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.equipment.EquipmentSettings;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.settings.VersionedForm;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

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

    /** After a refused save: where the settings as they now stand differ from the form. */
    private List<Difference> differences = List.of();

    public void load() {
        values = equipment.settings();
    }

    public void save() {
        try {
            equipment.saveSettings(values);
            feedback.info("equipment.settings.saved");
            differences = List.of();
            load();
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            differences = VersionedForm.compareWith(values, equipment.settings());
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public EquipmentSettings getValues() {
        return values;
    }

    public List<Difference> getDifferences() {
        return differences;
    }
}
