package com.serviceportal.cases;

import java.io.Serializable;

/** One option of a list filter: a status, team, person or customer by id and name. */
public final class ListChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;

    public ListChoice(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
