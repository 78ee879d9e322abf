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
 * The contact import of 100,000 contacts (every column filled, every rule applied, 500 companies with
 * five departments each created, line managers named further down the file) through the
 * {@code contact-import} job, next to a plain JDBC batch insert of the same rows into the same database
 * in the same run. Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -B -Pbenchmark verify -Dbenchmark=import} (README). Target: the job reaches at least half
 * the insert's rows per second.
 */
@Tag("import")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ContactImportBenchmark {

    private static final int ROWS = Integer.getInteger("benchmark.contacts", 100_000);
    private static final double TARGET = 0.5;

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(ContactImportBenchmarkData.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    public void theImportJobReachesHalfTheRowsPerSecondOfAPlainBatchInsert() throws IOException {
        // A small run first warms the server's code paths for both.
        call("action=raw&rows=2000&run=warmraw");
        long[] warm = call("action=file&rows=2000&run=warm");
        call("action=job&id=" + warm[0] + "&run=warm");

        long[] raw = call("action=raw&rows=" + ROWS + "&run=raw");
        long[] file = call("action=file&rows=" + ROWS + "&run=imp");
        long[] preview = call("action=preview&id=" + file[0]);
        long[] job = call("action=job&id=" + file[0] + "&run=imp");
        if (job[1] != ROWS || preview[1] != ROWS) {
            throw new IllegalStateException("The job created " + job[1] + " contacts and the preview would create "
                    + preview[1] + "; expected " + ROWS);
        }
        double rawRate = raw[1] * 1000.0 / raw[0];
        double jobRate = job[1] * 1000.0 / job[0];
        String table = String.format(
                Locale.ROOT,
                "%nContact import of %,d contacts%n%-34s %8s %10s%n%-34s %8.1f %10.0f%n%-34s %8.1f %10.0f%n"
                        + "%-34s %8.1f %10.0f%n%-34s %8.2f  %s%n",
                ROWS,
                "",
                "s",
                "rows/s",
                "raw JDBC batch insert",
                raw[0] / 1000.0,
                rawRate,
                "contact-import job (every rule)",
                job[0] / 1000.0,
                jobRate,
                "preview (every rule, no writes)",
                preview[0] / 1000.0,
                preview[1] * 1000.0 / preview[0],
                "job / raw rows per second",
                jobRate / rawRate,
                jobRate / rawRate >= TARGET ? "target (at least 0.5) met" : "target (at least 0.5) MISSED");
        System.out.println(table);
        Files.writeString(Path.of("target", "benchmark-import.txt"), table);
    }

    /** Posts to the data servlet and returns its answer: two numbers. */
    private long[] call(String query) {
        String[] parts = ServerCall.post(base, "benchmark/contact-import?" + query, Duration.ofMinutes(60))
                .split(" ");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }
}
