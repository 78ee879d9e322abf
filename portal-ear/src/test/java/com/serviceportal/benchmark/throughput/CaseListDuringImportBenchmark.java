package com.serviceportal.benchmark.throughput;

import com.serviceportal.benchmark.BareCaseList;
import com.serviceportal.benchmark.BenchmarkCustomers;
import com.serviceportal.benchmark.CaseListBenchmarkData;
import com.serviceportal.benchmark.ContactImportBenchmarkData;
import com.serviceportal.benchmark.ServerCall;
import com.serviceportal.it.Await;
import com.serviceportal.it.PortalEar;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 * The customer case list's response times while an administrator imports 100,000 contacts, next to
 * the same load with nothing else running (issue 16, figure P6: p95 during the import ÷ p95 idle, at
 * most 1.5). The list is loaded by Gatling ({@link CaseListSimulation}) with {@value #USERS} users on
 * 10,000 cases; the measured window must end before the import does, or the figure would not be
 * "during". Run it with {@code ./mvnw -B -Pbenchmark verify -Dbenchmark=during-import} (README).
 */
@Tag("during-import")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CaseListDuringImportBenchmark {

    private static final int CASES = 10_000;
    private static final int CONTACTS = 100_000;
    private static final int USERS = Integer.getInteger("benchmark.users", 4);
    private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warmup", 20);
    // short enough to lie inside the import, which takes well under a minute here
    private static final int MEASURED_SECONDS = Integer.getInteger("benchmark.seconds", 15);

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(
                CaseListBenchmarkData.class,
                BenchmarkCustomers.class,
                BareCaseList.class,
                ContactImportBenchmarkData.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    public void caseListWhileContactsAreImported() throws IOException {
        ServerCall.post(base, "benchmark/cases?total=" + CASES, Duration.ofMinutes(40));
        GatlingRun.of(base, "portal", USERS, WARM_UP_SECONDS, "warm-up");
        GatlingRun.Figures idle = GatlingRun.of(base, "portal", USERS, MEASURED_SECONDS, "idle");

        String run = "load" + System.currentTimeMillis() % 100_000;
        String importId = ServerCall.post(
                        base,
                        "benchmark/contact-import?action=file&rows=" + CONTACTS + "&run=" + run,
                        Duration.ofMinutes(10))
                .split(" ")[0];
        ServerCall.post(base, "benchmark/contact-import?action=preview&id=" + importId, Duration.ofMinutes(20));
        String execution =
                ServerCall.post(base, "benchmark/contact-import?action=start&id=" + importId, Duration.ofMinutes(1));
        Instant started = Instant.now();
        // the load starts once the job writes, so the whole window lies inside the import
        Await.until(
                () -> status(execution),
                status -> status[0].equals("STARTED") && Integer.parseInt(status[1]) > 0,
                Duration.ofMinutes(5),
                "the import to write its first chunk");
        GatlingRun.Figures during = GatlingRun.of(base, "portal", USERS, MEASURED_SECONDS, "during-import");
        String[] after = status(execution);
        if (!after[0].equals("STARTED")) {
            throw new IllegalStateException("The import ended (" + after[0] + ") before the measured window did;"
                    + " the figure would not be taken during it");
        }
        String[] done = Await.until(
                () -> status(execution),
                status -> !status[0].equals("STARTED") && !status[0].equals("STARTING"),
                Duration.ofMinutes(30),
                "the import to end");
        long importSeconds = Duration.between(started, Instant.now()).toSeconds();

        String table = String.format(
                        Locale.ROOT,
                        "%nCase list first page, %,d cases, %d users, %d s measured (Gatling); contact import of %,d"
                                + " rows: %s with %s rows in %d s%n",
                        CASES,
                        USERS,
                        MEASURED_SECONDS,
                        CONTACTS,
                        done[0],
                        done[1],
                        importSeconds)
                + GatlingRun.Figures.header()
                + idle.row("idle")
                + during.row("during the import")
                + String.format(Locale.ROOT, "p95 during the import / p95 idle: %.2f%n", during.p95() / idle.p95());
        System.out.print(table);
        Path out = Path.of("target", "benchmark", "case-list-during-import.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    private String[] status(String execution) {
        return ServerCall.post(
                        base, "benchmark/contact-import?action=status&execution=" + execution, Duration.ofMinutes(1))
                .split(" ");
    }
}
