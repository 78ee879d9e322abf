package com.serviceportal.benchmark.throughput;

import com.serviceportal.benchmark.BareCaseList;
import com.serviceportal.benchmark.BenchmarkCustomers;
import com.serviceportal.benchmark.CaseListBenchmarkData;
import com.serviceportal.benchmark.ServerCall;
import com.serviceportal.it.PortalEar;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests per second of the customer case list page next to a bare servlet that runs the same
 * query and writes its rows as plain HTML ({@link BareCaseList}), on 10,000 cases, at 4 and at 32
 * concurrent users, loaded by Gatling ({@link CaseListSimulation}). Each combination is warmed up
 * first and then measured; the ratio page ÷ bare is what issue 16 asks to raise. Run it with
 * {@code ./mvnw -B -Pbenchmark verify -Dbenchmark=throughput} (README).
 */
@Tag("throughput")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CaseListThroughputBenchmark {

    private static final int CASES = 10_000;
    /** The numbers of concurrent users measured, {@code -Dbenchmark.users=4,32}. */
    private static final int[] USERS = Arrays.stream(
                    System.getProperty("benchmark.users", "4,32").split(","))
            .mapToInt(users -> Integer.parseInt(users.strip()))
            .toArray();
    /**
     * Two minutes: the server's JIT compiler still takes half a core after one minute of this load,
     * and a page measured before it is done costs twice the CPU it costs on a server that has run
     * for a while.
     */
    private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warmup", 120);

    private static final int MEASURED_SECONDS = Integer.getInteger("benchmark.seconds", 30);

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(CaseListBenchmarkData.class, BenchmarkCustomers.class, BareCaseList.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    public void caseListPageNextToBareServlet() throws IOException {
        fill(CASES);
        StringBuilder table = new StringBuilder(String.format(
                Locale.ROOT,
                "%nCase list first page, %,d cases, %d s measured after %d s warm-up (Gatling)%n"
                        + "%-6s %-7s %10s %9s %9s %9s %12s%n",
                CASES,
                MEASURED_SECONDS,
                WARM_UP_SECONDS,
                "users",
                "target",
                "req/s",
                "p50 ms",
                "p95 ms",
                "errors",
                "CPU ms/req"));
        for (int users : USERS) {
            Measured portal = run("portal", users);
            Measured bare = run("bare", users);
            table.append(row(users, "portal", portal)).append(row(users, "bare", bare));
            table.append(String.format(
                    Locale.ROOT,
                    "%-6d ratio portal / bare: %.4f%n",
                    users,
                    portal.figures().perSecond() / bare.figures().perSecond()));
            System.out.print(table);
        }
        Path out = Path.of("target", "benchmark", "case-list-throughput.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    private static String row(int users, String target, Measured measured) {
        GatlingRun.Figures figures = measured.figures();
        return String.format(
                Locale.ROOT,
                "%-6d %-7s %10.1f %9.0f %9.0f %9.0f %12s%n",
                users,
                target,
                figures.perSecond(),
                figures.p50(),
                figures.p95(),
                figures.failed(),
                Double.isNaN(measured.cpuMillisPerRequest())
                        ? "-"
                        : String.format(Locale.ROOT, "%.2f", measured.cpuMillisPerRequest()));
    }

    /** A run's figures and the server's CPU milliseconds per request in it (NaN where unknown). */
    private record Measured(GatlingRun.Figures figures, double cpuMillisPerRequest) {}

    /** A warm-up run, then the measured one. */
    private Measured run(String target, int users) throws IOException {
        GatlingRun.of(base, target, users, WARM_UP_SECONDS, "warm-up");
        Optional<ServerCpu> server = ServerCpu.ofTestDomain();
        double before = server.map(ServerCpu::seconds).orElse(Double.NaN);
        GatlingRun.Figures figures = GatlingRun.of(base, target, users, MEASURED_SECONDS, "measured");
        double used = server.map(ServerCpu::seconds).orElse(Double.NaN) - before;
        return new Measured(figures, used * 1000 / (figures.perSecond() * MEASURED_SECONDS));
    }

    private void fill(int total) {
        ServerCall.post(base, "benchmark/cases?total=" + total, Duration.ofMinutes(40));
    }
}
