package com.serviceportal.security;

import com.serviceportal.platform.BusinessException;

/** A change to a field the directory owns (names, e-mail, username) of a directory login. */
public class DirectoryOwnedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DirectoryOwnedException() {
        super("directory.ownedField");
    }
}
