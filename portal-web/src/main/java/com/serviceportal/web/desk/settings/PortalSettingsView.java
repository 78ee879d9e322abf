package com.serviceportal.web.desk.settings;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.settings.PortalSettings;
import com.serviceportal.settings.SettingsAdminService;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;

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

    public void load() {
        values = settings.portalSettings();
    }

    public void save() {
        try {
            settings.savePortalSettings(values);
            feedback.info("settings.portal.saved");
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public PortalSettings getValues() {
        return values;
    }
}
