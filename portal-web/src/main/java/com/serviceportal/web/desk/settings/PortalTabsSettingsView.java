package com.serviceportal.web.desk.settings;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.settings.PortalTabService;
import com.serviceportal.settings.PortalTabs;
import com.serviceportal.settings.VersionedForm;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;

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

    /** After a refused save: where the settings as they now stand differ from the form. */
    private List<Difference> differences = List.of();

    public void load() {
        values = portalTabs.current();
    }

    public void save() {
        try {
            portalTabs.save(values);
            feedback.info("portalTabs.saved");
            differences = List.of();
            load();
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            differences = VersionedForm.compareWith(values, portalTabs.current());
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    /** The site tabs an administrator may hide, in their order. */
    public List<String> getSiteTabNames() {
        return PortalTabs.SITE_TAB_NAMES;
    }

    public PortalTabs getValues() {
        return values;
    }

    public List<Difference> getDifferences() {
        return differences;
    }
}
