package com.serviceportal.platform;

import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.settings.SettingsService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Optional;

/** What the About page tells anyone: where the portal is and how to reach the service desk. */
@Stateless
@Allowed(Audience.ANYONE)
public class AboutPortal {

    @EJB
    private SettingsService settings;

    /** The portal's address (as links in mails give it) and the service desk's e-mail, if set. */
    public About about() {
        return new About(settings.link("/"), settings.findDeskEmail().orElse(null));
    }

    /** The portal's name as the desk set it, if it did; otherwise the pages name the product. */
    public Optional<String> findName() {
        return settings.findPortalName();
    }

    /** The About page's facts. */
    public record About(String address, String deskEmail) implements java.io.Serializable {

        public String getAddress() {
            return address;
        }

        public String getDeskEmail() {
            return deskEmail;
        }
    }
}
