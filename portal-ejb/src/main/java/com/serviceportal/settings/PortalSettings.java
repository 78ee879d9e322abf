package com.serviceportal.settings;

import com.serviceportal.platform.Difference;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** The portal-wide settings, as the administration screen edits them together. */
public class PortalSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whether a new case asks for a fault code. */
    private boolean faultCodesEnabled;

    /** Shown to the customer after raising a case; none when blank. */
    @Size(max = 4000)
    private String newCaseAlert;

    /** The desk's own address for alerts of new cases and customers' notes. */
    @Email
    @Size(max = 254)
    private String deskEmail;

    /** The version the settings were read at; a save from an older one is refused. */
    private long version;

    public boolean isFaultCodesEnabled() {
        return faultCodesEnabled;
    }

    public void setFaultCodesEnabled(boolean faultCodesEnabled) {
        this.faultCodesEnabled = faultCodesEnabled;
    }

    public String getNewCaseAlert() {
        return newCaseAlert;
    }

    public void setNewCaseAlert(String newCaseAlert) {
        this.newCaseAlert = newCaseAlert;
    }

    public String getDeskEmail() {
        return deskEmail;
    }

    public void setDeskEmail(String deskEmail) {
        this.deskEmail = deskEmail;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** After a refused save: where the settings as they now stand differ from these. */
    public List<Difference> differencesFrom(PortalSettings current) {
        return Difference.collect()
                .flag("settings.portal.faultCodes", current.isFaultCodesEnabled(), faultCodesEnabled)
                .value("settings.portal.alert", current.getNewCaseAlert(), newCaseAlert)
                .value("settings.portal.deskEmail", current.getDeskEmail(), deskEmail)
                .list();
    }

    /** After a refused save: keeps what was typed, read anew at the version now stored. */
    public void rebaseOn(PortalSettings current) {
        version = current.getVersion();
    }
}
