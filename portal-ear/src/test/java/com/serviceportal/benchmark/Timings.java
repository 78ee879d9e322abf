package com.serviceportal.benchmark;

import java.util.Arrays;

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
}
