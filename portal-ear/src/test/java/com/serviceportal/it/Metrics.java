package com.serviceportal.it;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Payara's answer at {@code /metrics}, in Prometheus' text format. */
public final class Metrics {

    private Metrics() {}

    /**
     * The sum of a metric's samples whose labels include each of {@code labels} (e.g.
     * {@code job="contact-import"}), if it has any.
     */
    public static OptionalDouble sum(String answer, String name, String... labels) {
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*\\})?\\s+(\\S+)$", Pattern.MULTILINE);
        Matcher found = sample.matcher(answer);
        boolean any = false;
        double sum = 0;
        while (found.find()) {
            String have = found.group(1) == null ? "" : found.group(1);
            if (Arrays.stream(labels).allMatch(have::contains)) {
                any = true;
                sum += Double.parseDouble(found.group(2));
            }
        }
        return any ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }
}
