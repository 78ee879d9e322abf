package com.serviceportal.equipment;

import java.io.Serializable;
import java.util.Locale;

/**
 * An item category as a form or filter offers it: its name in the reader's language and the labels
 * of its custom fields ({@code null} where it has none).
 */
public record CategoryChoice(long id, String name, String fieldOne, String fieldTwo) implements Serializable {

    static CategoryChoice of(ItemCategory category, Locale reader) {
        return new CategoryChoice(
                category.getId(), category.name(reader), category.getFieldOne(), category.getFieldTwo());
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getFieldOne() {
        return fieldOne;
    }

    public String getFieldTwo() {
        return fieldTwo;
    }
}
