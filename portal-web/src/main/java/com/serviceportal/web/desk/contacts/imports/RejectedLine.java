package com.serviceportal.web.desk.contacts.imports;

import java.io.Serializable;

/** A rejected row as the page and the report show it: its line, who it names and why, translated. */
public record RejectedLine(int line, String name, String reasons) implements Serializable {}
