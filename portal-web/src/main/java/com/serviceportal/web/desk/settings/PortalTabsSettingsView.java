package com.serviceportal.web.desk.settings;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.settings.PortalTabService;
import com.serviceportal.settings.PortalTabs;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;

/** Which cross-site tabs and links the portal offers ({@code /desk/settings/portal-tabs.xhtml}). */
@Named
@ViewScoped
public class PortalTabsSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PortalTabService portalTabs;

    @Inject
    private Feedback feedback;

    @Valid
    private PortalTabs values = new PortalTabs();

    public void load() {
        values = portalTabs.current();
    }

    public void save() {
        try {
            portalTabs.save(values);
            feedback.info("portalTabs.saved");
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public PortalTabs getValues() {
        return values;
    }
}
