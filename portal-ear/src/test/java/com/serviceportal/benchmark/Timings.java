package com.serviceportal.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** Response times a benchmark recorded, in nanoseconds, read as percentiles in milliseconds. */
final class Timings {

    private Timings() {}

    /** The nearest-rank percentile (e.g. 95) of the times, in milliseconds. */
    static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    /**
     * A table of each request's median and p95 at a small and a large size, with the ratio of the
     * p95s and whether it meets the targets: at most {@code ratio} times, and under {@code under} ms.
     */
    static String comparison(
            String heading, String small, String large, Map<String, long[][]> results, double ratio, double under) {
        StringBuilder table = new StringBuilder(String.format(
                Locale.ROOT,
                "%n%s%n%-28s %11s %11s %11s %11s %8s  targets (p95 %s < %.0f ms, <= %.1f x %s)%n",
                heading,
                "request",
                small + " median",
                small + " p95",
                large + " median",
                large + " p95",
                large + "/" + small,
                large,
                under,
                ratio,
                small));
        results.forEach((name, bySize) -> {
            double p95Small = percentile(bySize[0], 95);
            double p95Large = percentile(bySize[1], 95);
            double measured = p95Large / p95Small;
            table.append(String.format(
                    Locale.ROOT,
                    "%-28s %8.1f ms %8.1f ms %8.1f ms %8.1f ms %8.2f  %s%n",
                    name,
                    percentile(bySize[0], 50),
                    p95Small,
                    percentile(bySize[1], 50),
                    p95Large,
                    measured,
                    (measured <= ratio ? "ratio met" : "ratio MISSED") + ", " + (p95Large < under ? "under " : "OVER ")
                            + (long) under + " ms"));
        });
        return table.toString();
    }
}
