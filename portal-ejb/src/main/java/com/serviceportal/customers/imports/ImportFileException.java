package com.serviceportal.customers.imports;

import com.serviceportal.platform.BusinessException;

/** An upload that cannot be imported: too large, empty or not CSV. Nothing of it is stored. */
public class ImportFileException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ImportFileException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
