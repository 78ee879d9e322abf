package com.serviceportal.benchmark;

import com.serviceportal.it.PortalEar;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly contract jobs over 1,000,000 contracts against one set-based UPDATE doing the same work
 * on the same rows, reset to the same state before each: activation, expiry (both the
 * {@code contract-activation} job) and the support-hour reset. Not part of {@code ./mvnw verify}; run
 * it with {@code ./mvnw -B -Pbenchmark verify -Dbenchmark=jobs} (README). Target: each job at most 1.5
 * times the UPDATE's time.
 */
@Tag("jobs")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ContractJobsBenchmark {

    private static final long CONTRACTS = Long.getLong("benchmark.contracts", 1_000_000L);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 2);
    private static final String[] SCENARIOS = {"activation", "expiry", "reset"};
    private static final double TARGET = 1.5;

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(ContractJobsBenchmarkData.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    public void eachJobTakesAtMostOneAndAHalfTimesOneSetBasedUpdate() throws IOException {
        long[] filled = call("action=fill&total=" + CONTRACTS);
        System.out.printf(Locale.ROOT, "Filled %,d contracts in %,d ms; measuring...%n", filled[1], filled[0]);
        StringBuilder table = new StringBuilder(String.format(
                Locale.ROOT,
                "%nNightly contract jobs over %,d contracts (best of %d rounds)%n%-12s %10s %12s %10s %12s %7s  %s%n",
                CONTRACTS,
                ROUNDS,
                "scenario",
                "UPDATE s",
                "UPDATE rows/s",
                "job s",
                "job rows/s",
                "ratio",
                "target (job <= 1.5 x UPDATE)"));
        for (String scenario : SCENARIOS) {
            long bestUpdate = Long.MAX_VALUE;
            long bestJob = Long.MAX_VALUE;
            long rows = 0;
            for (int round = 0; round < ROUNDS; round++) {
                call("action=prepare&scenario=" + scenario);
                long[] update = call("action=update&scenario=" + scenario);
                call("action=prepare&scenario=" + scenario);
                long[] job = call("action=job&scenario=" + scenario);
                if (update[1] < CONTRACTS || job[1] < CONTRACTS) {
                    throw new IllegalStateException(scenario + ": the UPDATE changed " + update[1]
                            + " rows and the job wrote " + job[1] + "; expected at least " + CONTRACTS);
                }
                System.out.printf(
                        Locale.ROOT,
                        "%s round %d: UPDATE %,d ms (%,d rows), job %,d ms (%,d rows)%n",
                        scenario,
                        round + 1,
                        update[0],
                        update[1],
                        job[0],
                        job[1]);
                bestUpdate = Math.min(bestUpdate, update[0]);
                bestJob = Math.min(bestJob, job[0]);
                rows = update[1];
            }
            double ratio = (double) bestJob / bestUpdate;
            table.append(String.format(
                    Locale.ROOT,
                    "%-12s %10.1f %12.0f %10.1f %12.0f %7.2f  %s%n",
                    scenario,
                    bestUpdate / 1000.0,
                    rows * 1000.0 / bestUpdate,
                    bestJob / 1000.0,
                    rows * 1000.0 / bestJob,
                    ratio,
                    ratio <= TARGET ? "met" : "MISSED"));
        }
        System.out.println(table);
        Path out = Path.of("target", "benchmark-jobs.txt");
        Files.writeString(out, table);
    }

    /** Posts to the data servlet and returns its answer: milliseconds and rows. */
    private long[] call(String query) {
        String[] parts = ServerCall.post(base, "benchmark/contracts?" + query, Duration.ofMinutes(60))
                .split(" ");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }
}
