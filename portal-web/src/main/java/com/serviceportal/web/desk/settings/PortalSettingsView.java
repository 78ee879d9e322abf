package com.serviceportal.web.desk.settings;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.settings.PortalSettings;
import com.serviceportal.settings.SettingsAdminService;
import com.serviceportal.settings.VersionedForm;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;

/** The portal-wide settings ({@code /desk/settings/portal.xhtml}). */
@Named
@ViewScoped
public class PortalSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SettingsAdminService settings;

    @Inject
    private Feedback feedback;

    @Valid
    private PortalSettings values = new PortalSettings();

    /** After a refused save: where the settings as they now stand differ from the form. */
    private List<Difference> differences = List.of();

    public void load() {
        values = settings.portalSettings();
    }

    public void save() {
        try {
            settings.savePortalSettings(values);
            feedback.info("settings.portal.saved");
            differences = List.of();
            load();
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            differences = VersionedForm.compareWith(values, settings.portalSettings());
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public PortalSettings getValues() {
        return values;
    }

    public List<Difference> getDifferences() {
        return differences;
    }
}
