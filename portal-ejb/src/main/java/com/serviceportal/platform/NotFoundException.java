package com.serviceportal.platform;

/**
 * The thing asked for does not exist or lies outside what the caller may see. The two are
 * deliberately indistinguishable, so that a foreign id reveals nothing.
 */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
