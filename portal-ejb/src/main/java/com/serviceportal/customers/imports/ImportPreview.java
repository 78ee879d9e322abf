package com.serviceportal.customers.imports;

import java.io.Serializable;
import java.util.List;

/**
 * What an import would do, before anything is written: how many rows it would create, update and
 * reject, every rejected row with its problems, and the companies and departments it would create.
 */
public record ImportPreview(
        int rows,
        int creates,
        int updates,
        List<RejectedRow> rejected,
        List<String> newCompanies,
        List<String> newDepartments)
        implements Serializable {}
