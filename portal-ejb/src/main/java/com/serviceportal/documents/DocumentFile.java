package com.serviceportal.documents;

/**
 * A document's bytes for a download.
 *
 * @param name the file name it downloads under
 * @param contentType its media type
 * @param content its bytes
 */
public record DocumentFile(String name, String contentType, byte[] content) {}
