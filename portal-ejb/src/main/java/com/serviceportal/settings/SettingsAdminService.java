package com.serviceportal.settings;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The administrator's changes to the desk's configuration, with the rules that keep it usable:
 * names unique within their list, exactly one default case type, list fields with options, and
 * nothing deleted that a case still refers to. Anyone but an administrator is answered "not found".
 */
@Stateless
@Allowed(Audience.ADMINISTRATORS)
public class SettingsAdminService {

    private static final int ORDER_STEP = 10;

    private static final String[] PORTAL_SETTINGS = {
        Setting.FAULT_CODES_ENABLED.key(),
        Setting.NEW_CASE_ALERT.key(),
        Setting.DESK_EMAIL.key(),
        Setting.IDLE_SIGN_OUT_MINUTES.key(),
        Setting.PORTAL_NAME.key(),
        Setting.PORTAL_ADDRESS.key(),
        Setting.EMAIL_AS_USERNAME.key()
    };

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    // Case types

    public List<CaseTypeEntry> caseTypes() {
        return em.createQuery("SELECT t FROM CaseType t ORDER BY t.sortOrder, t.name", CaseType.class)
                .getResultStream()
                .map(CaseTypeEntry::of)
                .toList();
    }

    /** Adds a type (no id) or changes one; choosing it as the default takes the flag from the old one. */
    public void saveCaseType(@NotNull @Valid CaseTypeEntry entry) {
        String name = entry.getName().strip();
        List<CaseType> sameName = em.createQuery("SELECT t FROM CaseType t WHERE LOWER(t.name) = :name", CaseType.class)
                .setParameter("name", name.toLowerCase())
                .getResultList();
        if (sameName.stream().anyMatch(t -> !t.getId().equals(entry.getId()))) {
            throw new DuplicateNameException(name);
        }
        CaseType type;
        if (entry.getId() == null) {
            type = new CaseType(name, orderOrNext(entry.getSortOrder(), "CaseType"));
            em.persist(type);
        } else {
            type = find(CaseType.class, entry.getId());
            SettingChangedException.unlessCurrent(type.getVersion(), entry.getVersion(), type.getName());
            type.rename(name, entry.getSortOrder());
        }
        type.setNameSv(entry.getNameSv());
        if (entry.isDefaultForNew() && !type.isDefaultForNew()) {
            em.createQuery("SELECT t FROM CaseType t WHERE t.defaultForNew = TRUE", CaseType.class)
                    .getResultStream()
                    .forEach(old -> old.setDefaultForNew(false));
            type.setDefaultForNew(true);
        } else if (!entry.isDefaultForNew() && type.isDefaultForNew()) {
            throw new BusinessException("settings.type.defaultRequired");
        }
    }

    public void deleteCaseType(long id) {
        CaseType type = find(CaseType.class, id);
        if (type.isDefaultForNew()) {
            throw new BusinessException("settings.type.defaultNotDeletable", type.getName());
        }
        long uses = count("SELECT COUNT(c) FROM Case c WHERE c.type = :it", type);
        if (uses > 0) {
            throw new StillInUseException(type.getName(), uses);
        }
        em.remove(type);
    }

    // Severity levels

    public List<SeverityEntry> severities() {
        return em.createQuery("SELECT l FROM SeverityLevel l", SeverityLevel.class)
                .getResultStream()
                .map(SeverityEntry::of)
                .sorted((a, b) -> a.getSeverity().compareTo(b.getSeverity()))
                .toList();
    }

    /** Changes what each given level means; nothing is saved when one of them changed meanwhile. */
    public void saveSeverities(@NotNull List<@NotNull @Valid SeverityEntry> entries) {
        for (SeverityEntry entry : entries) {
            SeverityLevel level = find(SeverityLevel.class, entry.getSeverity());
            SettingChangedException.unlessCurrent(level.getVersion(), entry.getVersion(), level.getDescription());
        }
        for (SeverityEntry entry : entries) {
            SeverityLevel level = find(SeverityLevel.class, entry.getSeverity());
            level.setDescription(entry.getDescription().strip());
            level.setDescriptionSv(entry.getDescriptionSv());
        }
    }

    // Subjects and subtypes

    /** Every subject with the number of its subtypes. */
    public List<SubjectEntry> subjects() {
        return em.createQuery(
                        "SELECT DISTINCT s FROM CaseSubject s LEFT JOIN FETCH s.subtypes ORDER BY s.sortOrder, s.name",
                        CaseSubject.class)
                .getResultStream()
                .map(SubjectEntry::of)
                .toList();
    }

    public List<SubjectEntry> subtypes(long subjectId) {
        return find(CaseSubject.class, subjectId).getSubtypes().stream()
                .map(SubjectEntry::of)
                .toList();
    }

    /** Adds a subject (no id) or renames one; returns its id. */
    public long saveSubject(@NotNull @Valid SubjectEntry entry) {
        String name = entry.getName().strip();
        List<CaseSubject> sameName = em.createQuery(
                        "SELECT s FROM CaseSubject s WHERE LOWER(s.name) = :name", CaseSubject.class)
                .setParameter("name", name.toLowerCase())
                .getResultList();
        if (sameName.stream().anyMatch(s -> !s.getId().equals(entry.getId()))) {
            throw new DuplicateNameException(name);
        }
        if (entry.getId() == null) {
            CaseSubject subject = new CaseSubject(name, orderOrNext(entry.getSortOrder(), "CaseSubject"));
            subject.setNameSv(entry.getNameSv());
            subject.describe(entry.getDescription(), entry.getDescriptionSv());
            em.persist(subject);
            em.flush();
            return subject.getId();
        }
        CaseSubject subject = find(CaseSubject.class, entry.getId());
        SettingChangedException.unlessCurrent(subject.getVersion(), entry.getVersion(), subject.getName());
        subject.rename(name, entry.getSortOrder());
        subject.setNameSv(entry.getNameSv());
        subject.describe(entry.getDescription(), entry.getDescriptionSv());
        return subject.getId();
    }

    /** Deletes a subject no case refers to, with its subtypes (which no case can then refer to either). */
    public void deleteSubject(long id) {
        CaseSubject subject = find(CaseSubject.class, id);
        long uses = count("SELECT COUNT(c) FROM Case c WHERE c.subject = :it", subject);
        if (uses > 0) {
            throw new StillInUseException(subject.getName(), uses);
        }
        subject.getSubtypes().forEach(em::remove);
        em.remove(subject);
    }

    /** Adds a subtype to the entry's subject (no id) or renames one; names are unique within a subject. */
    public void saveSubtype(@NotNull @Valid SubjectEntry entry) {
        if (entry.getSubjectId() == null) {
            throw new NotFoundException();
        }
        CaseSubject subject = find(CaseSubject.class, entry.getSubjectId());
        String name = entry.getName().strip();
        if (subject.getSubtypes().stream()
                .anyMatch(t -> t.getName().equalsIgnoreCase(name) && !t.getId().equals(entry.getId()))) {
            throw new DuplicateNameException(name);
        }
        if (entry.getId() == null) {
            int next = subject.getSubtypes().stream()
                            .mapToInt(CaseSubtype::getSortOrder)
                            .max()
                            .orElse(0)
                    + ORDER_STEP;
            CaseSubtype subtype =
                    new CaseSubtype(subject, name, entry.getSortOrder() > 0 ? entry.getSortOrder() : next);
            subtype.setNameSv(entry.getNameSv());
            em.persist(subtype);
            subject.getSubtypes().add(subtype);
            return;
        }
        CaseSubtype subtype = find(CaseSubtype.class, entry.getId());
        if (!subtype.getSubject().getId().equals(subject.getId())) {
            throw new NotFoundException();
        }
        SettingChangedException.unlessCurrent(subtype.getVersion(), entry.getVersion(), subtype.getName());
        subtype.rename(name, entry.getSortOrder());
        subtype.setNameSv(entry.getNameSv());
    }

    public void deleteSubtype(long id) {
        CaseSubtype subtype = find(CaseSubtype.class, id);
        long uses = count("SELECT COUNT(c) FROM Case c WHERE c.subtype = :it", subtype);
        if (uses > 0) {
            throw new StillInUseException(subtype.getName(), uses);
        }
        subtype.getSubject().getSubtypes().remove(subtype);
        em.remove(subtype);
    }

    // Teams

    public List<TeamEntry> teams() {
        return em.createQuery("SELECT t FROM Team t ORDER BY t.name", Team.class)
                .getResultStream()
                .map(TeamEntry::of)
                .toList();
    }

    public void saveTeam(@NotNull @Valid TeamEntry entry) {
        String name = entry.getName().strip();
        List<Team> sameName = em.createQuery("SELECT t FROM Team t WHERE LOWER(t.name) = :name", Team.class)
                .setParameter("name", name.toLowerCase())
                .getResultList();
        if (sameName.stream().anyMatch(t -> !t.getId().equals(entry.getId()))) {
            throw new DuplicateNameException(name);
        }
        String email = blankToNull(entry.getEmail());
        Team team = entry.getId() == null ? new Team(name, email) : find(Team.class, entry.getId());
        if (entry.getId() != null) {
            SettingChangedException.unlessCurrent(team.getVersion(), entry.getVersion(), team.getName());
        }
        team.change(name, email);
        team.setNameSv(entry.getNameSv());
        if (entry.getId() == null) {
            em.persist(team);
        }
    }

    public void deleteTeam(long id) {
        Team team = find(Team.class, id);
        long uses = count("SELECT COUNT(c) FROM Case c WHERE c.team = :it", team);
        if (uses > 0) {
            throw new StillInUseException(team.getName(), uses);
        }
        em.remove(team);
    }

    // Analysis fields

    /** Every field, active or not, in its order. */
    public List<AnalysisFieldEntry> analysisFields() {
        return em.createQuery("SELECT f FROM AnalysisField f ORDER BY f.sortOrder, f.label", AnalysisField.class)
                .getResultStream()
                .map(AnalysisFieldEntry::of)
                .toList();
    }

    /** Adds a field (no id) or changes one; a list field needs at least one option. */
    public void saveAnalysisField(@NotNull @Valid AnalysisFieldEntry entry) {
        String label = entry.getLabel().strip();
        List<AnalysisField> sameLabel = em.createQuery(
                        "SELECT f FROM AnalysisField f WHERE LOWER(f.label) = :label", AnalysisField.class)
                .setParameter("label", label.toLowerCase())
                .getResultList();
        if (sameLabel.stream().anyMatch(f -> !f.getId().equals(entry.getId()))) {
            throw new DuplicateNameException(label);
        }
        String options = null;
        if (entry.getType() == FieldType.LIST) {
            List<String> lines = entry.getOptions() == null
                    ? List.of()
                    : entry.getOptions()
                            .lines()
                            .map(String::strip)
                            .filter(o -> !o.isEmpty())
                            .distinct()
                            .toList();
            if (lines.isEmpty()) {
                throw new BusinessException("settings.field.optionsRequired", label);
            }
            options = String.join("\n", lines);
        }
        boolean adding = entry.getId() == null;
        int order = adding ? orderOrNext(entry.getSortOrder(), "AnalysisField") : entry.getSortOrder();
        AnalysisField field = adding
                ? new AnalysisField(label, entry.getType(), entry.isMandatory(), options, order)
                : find(AnalysisField.class, entry.getId());
        if (!adding) {
            SettingChangedException.unlessCurrent(field.getVersion(), entry.getVersion(), field.getLabel());
        }
        field.change(label, entry.getType(), entry.isMandatory(), options, entry.isActive(), order);
        field.setLabelSv(entry.getLabelSv());
        if (adding) {
            em.persist(field);
        }
    }

    /** Deletes a field no case has answered; an answered one can only be made inactive. */
    public void deleteAnalysisField(long id) {
        AnalysisField field = find(AnalysisField.class, id);
        long uses = count("SELECT COUNT(v) FROM CaseAnalysisValue v WHERE v.field = :it", field);
        if (uses > 0) {
            throw new BusinessException("settings.field.answered", field.getLabel(), uses);
        }
        em.remove(field);
    }

    // Portal-wide settings

    public PortalSettings portalSettings() {
        PortalSettings settings = new PortalSettings();
        settings.setFaultCodesEnabled(
                value(Setting.FAULT_CODES_ENABLED).map(Boolean::parseBoolean).orElse(false));
        settings.setNewCaseAlert(value(Setting.NEW_CASE_ALERT).orElse(null));
        settings.setDeskEmail(value(Setting.DESK_EMAIL).orElse(null));
        settings.setEmailAsUsername(
                value(Setting.EMAIL_AS_USERNAME).map(Boolean::parseBoolean).orElse(false));
        settings.setIdleSignOutMinutes(SettingsService.idleSignOutMinutes(value(Setting.IDLE_SIGN_OUT_MINUTES)));
        settings.setPortalName(value(Setting.PORTAL_NAME).orElse(null));
        settings.setPortalAddress(value(Setting.PORTAL_ADDRESS).orElse(null));
        settings.setVersion(SettingRows.version(em, PORTAL_SETTINGS));
        return settings;
    }

    /** Saves the settings together; nothing is saved when one of them changed after the page read them. */
    public void savePortalSettings(@NotNull @Valid PortalSettings settings) {
        SettingRows.requireUnchanged(em, settings.getVersion(), PORTAL_SETTINGS);
        store(Setting.FAULT_CODES_ENABLED, Boolean.toString(settings.isFaultCodesEnabled()));
        store(Setting.NEW_CASE_ALERT, blankToNull(settings.getNewCaseAlert()));
        store(Setting.DESK_EMAIL, blankToNull(settings.getDeskEmail()));
        store(Setting.IDLE_SIGN_OUT_MINUTES, Integer.toString(settings.getIdleSignOutMinutes()));
        store(Setting.EMAIL_AS_USERNAME, Boolean.toString(settings.isEmailAsUsername()));
        store(Setting.PORTAL_NAME, blankToNull(settings.getPortalName()));
        store(Setting.PORTAL_ADDRESS, blankToNull(settings.getPortalAddress()));
    }

    private Optional<String> value(Setting setting) {
        return Optional.ofNullable(em.find(PortalSetting.class, setting.key())).map(PortalSetting::getValue);
    }

    private void store(Setting setting, String value) {
        PortalSetting stored = em.find(PortalSetting.class, setting.key());
        if (stored == null) {
            em.persist(new PortalSetting(setting.key(), value));
        } else {
            stored.setValue(value);
        }
    }

    private <T> T find(Class<T> type, Object id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new NotFoundException();
        }
        return found;
    }

    private long count(String query, Object it) {
        return em.createQuery(query, Long.class).setParameter("it", it).getSingleResult();
    }

    /** The order given, or after the last entry of the list when none was given. */
    private int orderOrNext(int given, String entity) {
        if (given > 0) {
            return given;
        }
        Integer last = em.createQuery("SELECT MAX(e.sortOrder) FROM " + entity + " e", Integer.class)
                .getSingleResult();
        return (last == null ? 0 : last) + ORDER_STEP;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
