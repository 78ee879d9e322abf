package com.serviceportal.customers;

/** The files the contact list exports to. */
public enum ExportFormat {
    EXCEL("contacts.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("contacts.csv", "text/csv; charset=UTF-8");

    private final String fileName;
    private final String contentType;

    ExportFormat(String fileName, String contentType) {
        this.fileName = fileName;
        this.contentType = contentType;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }
}
