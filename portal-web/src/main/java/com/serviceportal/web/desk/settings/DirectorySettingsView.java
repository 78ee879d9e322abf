package com.serviceportal.web.desk.settings;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.security.DirectoryConfig;
import com.serviceportal.security.DirectoryConfigException;
import com.serviceportal.security.DirectoryService;
import com.serviceportal.security.DirectorySyncRun;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The directory ({@code /desk/settings/directory.xhtml}): how the portal reaches LDAP or Active
 * Directory and maps its attributes, "Run now" for the sync, and what each run created and updated.
 */
@Named
@ViewScoped
public class DirectorySettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's fields, in the order of {@link DirectoryConfig}'s components. */
    static final List<String> FIELDS = List.of(
            "url",
            "bindDn",
            "userBase",
            "userFilter",
            "username",
            "firstName",
            "lastName",
            "email",
            "phone",
            "customer");

    @Inject
    private DirectoryService directory;

    @Inject
    private Feedback feedback;

    private final LinkedHashMap<String, String> fields = new LinkedHashMap<>();
    private List<DirectorySyncRun> runs = List.of();
    private boolean running;

    /** The version the settings were read at. */
    private long version;

    /** After a refused save: where the settings as they now stand differ from the form. */
    private List<Difference> differences = List.of();

    public void load() {
        version = directory.configVersion();
        fields.putAll(valuesOf(directory.config()));
        refresh();
    }

    private static Map<String, String> valuesOf(DirectoryConfig c) {
        List<String> values = List.of(
                c.url(),
                c.bindDn(),
                c.userBase(),
                c.userFilter(),
                c.usernameAttribute(),
                c.firstNameAttribute(),
                c.lastNameAttribute(),
                c.emailAttribute(),
                c.phoneAttribute(),
                c.customerAttribute());
        Map<String, String> byField = new LinkedHashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            byField.put(FIELDS.get(i), values.get(i));
        }
        return byField;
    }

    public void save() {
        try {
            directory.saveConfig(config(), version);
            feedback.info("directory.saved");
            differences = List.of();
            load();
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            // The form keeps what was typed and takes the version now stored.
            version = directory.configVersion();
            Map<String, String> now = valuesOf(directory.config());
            Difference.Collector found = Difference.collect();
            for (int i = 0; i < FIELDS.size(); i++) {
                String field = FIELDS.get(i);
                found.value((i < 4 ? "directory." : "directory.attr.") + field, now.get(field), fields.get(field));
            }
            differences = found.list();
        } catch (DirectoryConfigException e) {
            feedback.error(e);
            List<String> components = Arrays.stream(DirectoryConfig.class.getRecordComponents())
                    .map(RecordComponent::getName)
                    .toList();
            for (Map.Entry<String, Integer> tooLong : e.getTooLong().entrySet()) {
                int index = components.indexOf(tooLong.getKey());
                // The connection's fields have their own ids; the attributes are rows of one list.
                String clientId = index < 4
                        ? "directory:" + FIELDS.get(index)
                        : "directory:attributes:" + (index - 4) + ":attribute";
                feedback.errorAt(clientId, "directory.error.tooLongHere", tooLong.getValue());
            }
        } catch (BusinessException e) {
            feedback.error(e, Map.of("directory.error.badUrl", "url"));
        }
    }

    public void runNow() {
        try {
            directory.startSync();
            feedback.info("directory.started");
        } catch (BusinessException e) {
            feedback.error(e);
        }
        refresh();
    }

    public void refresh() {
        runs = directory.syncRuns();
        running = runs.stream().anyMatch(r -> "STARTING".equals(r.status()) || "STARTED".equals(r.status()));
    }

    private DirectoryConfig config() {
        List<String> v = FIELDS.stream().map(fields::get).toList();
        return new DirectoryConfig(
                v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8), v.get(9));
    }

    public Map<String, String> getFields() {
        return fields;
    }

    public List<String> getAttributeFields() {
        return FIELDS.subList(4, FIELDS.size());
    }

    public List<DirectorySyncRun> getRuns() {
        return runs;
    }

    public boolean isRunning() {
        return running;
    }

    public List<Difference> getDifferences() {
        return differences;
    }
}
