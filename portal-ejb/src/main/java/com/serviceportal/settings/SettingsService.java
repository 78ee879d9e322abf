package com.serviceportal.settings;

import com.serviceportal.cases.Severity;
import com.serviceportal.platform.PortalAddress;
import com.serviceportal.security.Internal;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The desk's configuration as the rest of the portal reads it. */
@Stateless
@Internal
public class SettingsService {

    /** The portal's name until the desk gives it one. */
    public static final String DEFAULT_PORTAL_NAME = "Service Portal";

    @PersistenceContext
    private EntityManager em;

    public List<CaseType> caseTypes() {
        return em.createQuery("SELECT t FROM CaseType t ORDER BY t.sortOrder, t.name", CaseType.class)
                .getResultList();
    }

    public Optional<CaseType> findDefaultCaseType() {
        return em.createQuery("SELECT t FROM CaseType t WHERE t.defaultForNew = TRUE", CaseType.class)
                .getResultStream()
                .findFirst();
    }

    /** What each severity means, by severity, for a reader of the given language. */
    public Map<Severity, String> severityMeanings(Locale reader) {
        return em.createQuery("SELECT l FROM SeverityLevel l", SeverityLevel.class).getResultList().stream()
                .collect(Collectors.toMap(SeverityLevel::getSeverity, l -> l.description(reader)));
    }

    /** Every subject with its subtypes loaded. */
    public List<CaseSubject> subjects() {
        return em.createQuery(
                        "SELECT DISTINCT s FROM CaseSubject s LEFT JOIN FETCH s.subtypes ORDER BY s.sortOrder, s.name",
                        CaseSubject.class)
                .getResultList();
    }

    public List<Team> teams() {
        return em.createQuery("SELECT t FROM Team t ORDER BY t.name", Team.class)
                .getResultList();
    }

    /** The analysis fields a new case asks, in their order. */
    public List<AnalysisField> activeAnalysisFields() {
        return em.createQuery(
                        "SELECT f FROM AnalysisField f WHERE f.active = TRUE ORDER BY f.sortOrder, f.label",
                        AnalysisField.class)
                .getResultList();
    }

    public List<FaultCode> faultCodes() {
        return em.createQuery("SELECT f FROM FaultCode f ORDER BY f.friendlyName", FaultCode.class)
                .getResultList();
    }

    public boolean faultCodesEnabled() {
        return findValue(Setting.FAULT_CODES_ENABLED).map(Boolean::parseBoolean).orElse(false);
    }

    /** The message a customer sees after raising a case, if the desk has set one. */
    public Optional<String> findNewCaseAlert() {
        return findValue(Setting.NEW_CASE_ALERT);
    }

    public Optional<String> findDeskEmail() {
        return findValue(Setting.DESK_EMAIL);
    }

    /** Whether a contact's e-mail address is its username (portal settings). */
    public boolean emailIsUsername() {
        return findValue(Setting.EMAIL_AS_USERNAME).map(Boolean::parseBoolean).orElse(false);
    }

    /** Minutes a signed-in user may stay idle before being signed out. */
    public int idleSignOutMinutes() {
        return idleSignOutMinutes(findValue(Setting.IDLE_SIGN_OUT_MINUTES));
    }

    /** The stored idle time, or the default when none (or no number) is stored. */
    static int idleSignOutMinutes(Optional<String> stored) {
        return stored.map(String::strip)
                .filter(value -> value.matches("\\d{1,4}"))
                .map(Integer::parseInt)
                .orElse(PortalSettings.IDLE_SIGN_OUT_DEFAULT);
    }

    /** The portal's name as the desk set it, if it did. */
    public Optional<String> findPortalName() {
        return findValue(Setting.PORTAL_NAME).map(String::strip);
    }

    /** The portal's name as the desk set it, else the product's, as mail signs with it. */
    public String portalName() {
        return findPortalName().orElse(DEFAULT_PORTAL_NAME);
    }

    /** The address users reach the portal at: the desk's setting, else the server's configuration. */
    public String portalAddress() {
        return findValue(Setting.PORTAL_ADDRESS).map(String::strip).orElseGet(PortalAddress::configured);
    }

    /** A link into the portal: its address followed by {@code path} (which starts with a slash). */
    public String link(String path) {
        return PortalAddress.link(portalAddress(), path);
    }

    public Optional<String> findValue(Setting setting) {
        return Optional.ofNullable(em.find(PortalSetting.class, setting.key()))
                .map(PortalSetting::getValue)
                .filter(value -> !value.isBlank());
    }
}
