package com.serviceportal.settings;

import com.serviceportal.platform.Difference;
import java.io.Serializable;
import java.util.List;

/**
 * Settings as a page edits them, carrying the version they were read at: the service refuses a
 * save from an older one. After such a refusal the page shows where the settings now differ from
 * the form and takes their version, so saving again stores the form over what the user has seen.
 */
public abstract class VersionedForm<F extends VersionedForm<F>> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The version the form was read at (0 for something not yet added). */
    private long version;

    /** Where the settings as they now stand differ from this form. */
    public abstract List<Difference> differencesFrom(F current);

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** Keeps what was typed, read anew at the version now stored. */
    public void rebaseOn(F current) {
        version = current.getVersion();
    }

    /** After a refused save of {@code typed}: its differences from {@code current}, with it rebased on that. */
    public static <F extends VersionedForm<F>> List<Difference> compareWith(F typed, F current) {
        List<Difference> differences = typed.differencesFrom(current);
        typed.rebaseOn(current);
        return differences;
    }
}
