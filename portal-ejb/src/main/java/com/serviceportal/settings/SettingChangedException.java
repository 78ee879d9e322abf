package com.serviceportal.settings;

import com.serviceportal.platform.ChangedMeanwhileException;

/** Someone else saved the setting after the administrator's page read it; nothing was saved. */
public class SettingChangedException extends ChangedMeanwhileException {

    private static final long serialVersionUID = 1L;

    public SettingChangedException(String name) {
        super("settings.error.changedMeanwhile", name);
    }

    /** Refuses a save from an entry read at another version than the one stored. */
    public static void unlessCurrent(long stored, long read, String name) {
        if (stored != read) {
            throw new SettingChangedException(name);
        }
    }
}
