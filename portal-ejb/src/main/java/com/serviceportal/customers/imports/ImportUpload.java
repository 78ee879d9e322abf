package com.serviceportal.customers.imports;

import com.serviceportal.jobs.contacts.ContactField;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A stored upload: its first line (headers, or the first contact), the field each column maps to by
 * its header ({@code null}: ignored), whether the first line looks like headers, the fields a column
 * may fill, and the labels of the custom fields behind Custom1 to Custom5.
 */
public record ImportUpload(
        long importId,
        String fileName,
        int lines,
        List<String> firstLine,
        List<ContactField> mapping,
        boolean headerLine,
        List<ContactField> choices,
        Map<ContactField, String> customLabels)
        implements Serializable {}
