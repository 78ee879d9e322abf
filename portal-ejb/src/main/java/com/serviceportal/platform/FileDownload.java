package com.serviceportal.platform;

/**
 * A file's name, type and bytes, for sending to the browser.
 *
 * @param name the file name it was stored under
 * @param contentType its media type
 * @param content its bytes
 */
public record FileDownload(String name, String contentType, byte[] content) {}
