package com.serviceportal.settings;

import com.serviceportal.platform.Difference;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The portal-wide settings, as the administration screen edits them together. */
public class PortalSettings extends VersionedForm<PortalSettings> {

    private static final long serialVersionUID = 1L;

    /** The idle time before sign-out when the desk has set none, in minutes. */
    public static final int IDLE_SIGN_OUT_DEFAULT = 30;

    static final int IDLE_SIGN_OUT_MIN = 5;
    static final int IDLE_SIGN_OUT_MAX = 480;

    /** Whether a new case asks for a fault code. */
    private boolean faultCodesEnabled;

    /** Shown to the customer after raising a case; none when blank. */
    @Size(max = 4000)
    private String newCaseAlert;

    /** The desk's own address for alerts of new cases and customers' notes. */
    @Email
    @Size(max = 254)
    private String deskEmail;

    /** Minutes a signed-in user may stay idle before being signed out. */
    @Min(value = IDLE_SIGN_OUT_MIN, message = "{settings.portal.idleSignOutRange}")
    @Max(value = IDLE_SIGN_OUT_MAX, message = "{settings.portal.idleSignOutRange}")
    private int idleSignOutMinutes = IDLE_SIGN_OUT_DEFAULT;

    /** Whether a contact's e-mail address is its username. */
    private boolean emailAsUsername;

    /** The portal's name in its top bar, page titles and mail; the product's name when blank. */
    @Size(max = 60, message = "{settings.portal.nameTooLong}")
    private String portalName;

    /** Where users reach the portal, for its links and mail; the server's setting when blank. */
    @Size(max = 200, message = "{settings.portal.addressTooLong}")
    @Pattern(regexp = "\\s*(https?://[^\\s/?#]+[^\\s]*)?\\s*", message = "{settings.portal.addressSyntax}")
    private String portalAddress;

    public String getPortalName() {
        return portalName;
    }

    public void setPortalName(String portalName) {
        this.portalName = portalName;
    }

    public String getPortalAddress() {
        return portalAddress;
    }

    public void setPortalAddress(String portalAddress) {
        this.portalAddress = portalAddress;
    }

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

    public boolean isEmailAsUsername() {
        return emailAsUsername;
    }

    public void setEmailAsUsername(boolean emailAsUsername) {
        this.emailAsUsername = emailAsUsername;
    }

    public int getIdleSignOutMinutes() {
        return idleSignOutMinutes;
    }

    public void setIdleSignOutMinutes(int idleSignOutMinutes) {
        this.idleSignOutMinutes = idleSignOutMinutes;
    }

    @Override
    public List<Difference> differencesFrom(PortalSettings current) {
        return Difference.collect()
                .flag("settings.portal.faultCodes", current.isFaultCodesEnabled(), faultCodesEnabled)
                .value("settings.portal.alert", current.getNewCaseAlert(), newCaseAlert)
                .value("settings.portal.deskEmail", current.getDeskEmail(), deskEmail)
                .flag("settings.portal.emailAsUsername", current.isEmailAsUsername(), emailAsUsername)
                .value(
                        "settings.portal.idleSignOut",
                        Integer.toString(current.getIdleSignOutMinutes()),
                        Integer.toString(idleSignOutMinutes))
                .value("settings.portal.name", current.getPortalName(), portalName)
                .value("settings.portal.address", current.getPortalAddress(), portalAddress)
                .list();
    }
}
