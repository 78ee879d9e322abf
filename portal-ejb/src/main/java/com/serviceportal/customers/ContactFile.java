package com.serviceportal.customers;

import java.io.Serializable;

/** A file made from contacts for download: an export of the list or one contact's vCard. */
public record ContactFile(String fileName, String contentType, byte[] content) implements Serializable {

    public ContactFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
