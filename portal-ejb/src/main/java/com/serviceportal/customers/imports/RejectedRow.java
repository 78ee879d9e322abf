package com.serviceportal.customers.imports;

import com.serviceportal.jobs.contacts.Problem;
import java.io.Serializable;
import java.util.List;

/** A row that is not imported as written: its line in the file, who it names and why. */
public record RejectedRow(int line, String name, List<Problem> problems) implements Serializable {}
