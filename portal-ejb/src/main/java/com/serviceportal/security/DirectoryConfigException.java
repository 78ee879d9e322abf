package com.serviceportal.security;

import com.serviceportal.platform.BusinessException;
import java.util.Map;

/** Directory settings longer than their settings hold; nothing was saved. Names the settings. */
public class DirectoryConfigException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Map<String, Integer> tooLong;

    DirectoryConfigException(Map<String, Integer> tooLong) {
        super("directory.error.tooLong");
        this.tooLong = Map.copyOf(tooLong);
    }

    /** The {@link DirectoryConfig} components that are too long, each with the length it may have. */
    public Map<String, Integer> getTooLong() {
        return tooLong;
    }
}
