package com.serviceportal.security;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The administrator's filter of the security log: one kind of event, words found in the username,
 * the actor, the address or the detail, and a date range (both days included). An empty field does
 * not filter.
 */
public class SecurityLogSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    private SecurityEventKind kind;
    private String text;
    private LocalDate from;
    private LocalDate to;

    public SecurityEventKind getKind() {
        return kind;
    }

    public void setKind(SecurityEventKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
