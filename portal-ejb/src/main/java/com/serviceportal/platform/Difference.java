package com.serviceportal.platform;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One field whose stored value differs from what a person typed, shown after a save was refused
 * because someone else changed the record meanwhile. {@code field} is the message key of the
 * field's label; {@code valueKeyPrefix}, when given, turns each value into a message key (e.g.
 * {@code severity.} for a severity, {@code yesNo.} for a flag).
 */
public record Difference(String field, String now, String typed, String valueKeyPrefix) implements Serializable {

    /** Collects the fields that differ, in the order of the form. */
    public static final class Collector {

        private final List<Difference> found = new ArrayList<>();

        /** A text, number or date: blank and {@code null} count as the same. */
        public Collector value(String field, Object now, Object typed) {
            return add(field, now, typed, null);
        }

        /** A yes/no flag. */
        public Collector flag(String field, boolean now, boolean typed) {
            return add(field, now, typed, "yesNo.");
        }

        /** A constant whose label the bundle holds under {@code valueKeyPrefix + name}. */
        public Collector named(String field, Enum<?> now, Enum<?> typed, String valueKeyPrefix) {
            return add(field, now == null ? null : now.name(), typed == null ? null : typed.name(), valueKeyPrefix);
        }

        /** A pick from a list: both ids are shown by their labels in {@code choices}. */
        public Collector choice(String field, Long now, Long typed, List<Choice> choices) {
            return add(field, labelOf(now, choices), labelOf(typed, choices), null);
        }

        public List<Difference> list() {
            return List.copyOf(found);
        }

        private Collector add(String field, Object now, Object typed, String valueKeyPrefix) {
            String nowText = text(now);
            String typedText = text(typed);
            if (!nowText.equals(typedText)) {
                found.add(new Difference(field, nowText, typedText, valueKeyPrefix));
            }
            return this;
        }

        private static String labelOf(Long id, List<Choice> choices) {
            if (id == null) {
                return null;
            }
            return choices.stream()
                    .filter(c -> c.getId() == id)
                    .map(Choice::getLabel)
                    .findFirst()
                    .orElse("#" + id);
        }

        private static String text(Object value) {
            if (value instanceof BigDecimal number) {
                return number.stripTrailingZeros().toPlainString();
            }
            return value == null ? "" : value.toString().strip();
        }
    }

    public static Collector collect() {
        return new Collector();
    }
}
