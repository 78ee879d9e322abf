package com.serviceportal.benchmark.throughput;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * A load run before the measured one until the servers' JIT compilers are done with it: at least
 * {@code benchmark.warmup} seconds (120), then rounds of 30 s until the compiler threads took less
 * than 2 % of the servers' CPU in one, ten more minutes at most. A page measured while the compiler
 * still works costs up to a third more CPU than on a server that has run for a while, and how long the
 * compiler takes moves from run to run (with the machine's other work, with a redeployment).
 */
final class WarmUp {

    static final int FIRST_SECONDS = Integer.getInteger("benchmark.warmup", 120);
    static final double COMPILER_SETTLED = 0.02;

    private static final int ROUND_SECONDS = 30;
    private static final int ROUNDS = 20;

    /** The load, run for a number of seconds under a name for its report. */
    @FunctionalInterface
    interface Load {
        void run(int seconds, String what) throws IOException;
    }

    private WarmUp() {}

    /**
     * Runs {@code load} until the compilers of {@code servers} settle; returns how many seconds it ran.
     * Without the servers' {@code /proc} (not Linux), only the first part.
     */
    static int until(Load load, List<ServerCpu> servers) throws IOException {
        load.run(FIRST_SECONDS, "warm-up");
        int seconds = FIRST_SECONDS;
        if (servers.isEmpty()) {
            return seconds;
        }
        for (int round = 1; round <= ROUNDS; round++) {
            ServerCpu.Reading before = ServerCpu.Reading.of(servers);
            load.run(ROUND_SECONDS, "warm-up-" + round);
            seconds += ROUND_SECONDS;
            if (ServerCpu.Reading.of(servers).since(before).compilerShare() < COMPILER_SETTLED) {
                break;
            }
        }
        return seconds;
    }

    /** The warm-up as the benchmarks' tables head it. */
    static String described() {
        return String.format(
                Locale.ROOT,
                "a warm-up of at least %d s that lasts until the servers' JIT compilers take under %.0f %% of their CPU",
                FIRST_SECONDS,
                COMPILER_SETTLED * 100);
    }
}
