package com.serviceportal.statistics;

/**
 * An exported workbook of statistics.
 *
 * @param name its file name
 * @param contentType its media type
 * @param content its bytes
 */
public record StatisticsFile(String name, String contentType, byte[] content) {}
