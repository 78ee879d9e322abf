package com.serviceportal.web.desk.settings;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.settings.SettingsAdminService;
import com.serviceportal.settings.SeverityEntry;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What each severity level means ({@code /desk/settings/severities.xhtml}), edited together. */
@Named
@ViewScoped
public class SeveritySettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SettingsAdminService settings;

    @Inject
    private Feedback feedback;

    private List<@Valid SeverityEntry> levels = List.of();

    /** After a refused save: where the levels as they now stand differ from the form. */
    private List<Difference> differences = List.of();

    public void load() {
        levels = new ArrayList<>(settings.severities());
    }

    public void save() {
        try {
            settings.saveSeverities(levels);
            feedback.info("settings.severities.saved");
            differences = List.of();
            load();
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            List<SeverityEntry> current = settings.severities();
            List<Difference> found = new ArrayList<>();
            for (SeverityEntry level : levels) {
                current.stream()
                        .filter(c -> c.getSeverity() == level.getSeverity())
                        .findFirst()
                        .ifPresent(c -> {
                            found.addAll(level.differencesFrom(c));
                            level.rebaseOn(c);
                        });
            }
            differences = found;
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public List<SeverityEntry> getLevels() {
        return levels;
    }

    public List<Difference> getDifferences() {
        return differences;
    }
}
