package com.serviceportal.settings;

import com.serviceportal.platform.BusinessException;

/** A name that another entry of the same list already has (compared without regard to case). */
public class DuplicateNameException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DuplicateNameException(String name) {
        super("settings.duplicateName", name);
    }
}
