package com.serviceportal.settings;

import com.serviceportal.platform.BusinessException;

/** An entry that cases still refer to, so it cannot be deleted. */
public class StillInUseException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public StillInUseException(String name, long uses) {
        super("settings.inUse", name, uses);
    }
}
