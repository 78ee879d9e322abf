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
import java.util.List;
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
                "%nCase list first page, %,d cases, %d s measured after %s (Gatling)%n"
                        + "%-6s %-7s %10s %9s %9s %9s %12s %10s %9s %9s%n",
                CASES,
                MEASURED_SECONDS,
                WarmUp.described(),
                "users",
                "target",
                "req/s",
                "p50 ms",
                "p95 ms",
                "errors",
                "CPU ms/req",
                "warm-up s",
                "JIT %",
                "GC %"));
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
                "%-6d %-7s %10.1f %9.0f %9.0f %9.0f %12s %10d %9s %9s%n",
                users,
                target,
                figures.perSecond(),
                figures.p50(),
                figures.p95(),
                figures.failed(),
                orDash("%.2f", measured.cpuMillisPerRequest()),
                measured.warmUpSeconds(),
                orDash("%.1f", measured.compilerShare() * 100),
                orDash("%.1f", measured.collectorShare() * 100));
    }

    private static String orDash(String format, double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, format, value);
    }

    /**
     * A run's figures, the server's CPU milliseconds per request in it and the shares of that CPU its JIT
     * compiler and its garbage collector took (NaN where unknown), after how long a warm-up.
     */
    private record Measured(
            GatlingRun.Figures figures,
            double cpuMillisPerRequest,
            double compilerShare,
            double collectorShare,
            int warmUpSeconds) {}

    /** A warm-up, then the measured run. */
    private Measured run(String target, int users) throws IOException {
        List<ServerCpu> server = ServerCpu.ofTestDomain().stream().toList();
        int warmUp = WarmUp.until((seconds, what) -> GatlingRun.of(base, target, users, seconds, what), server);
        ServerCpu.Reading before = ServerCpu.Reading.of(server);
        GatlingRun.Figures figures = GatlingRun.of(base, target, users, MEASURED_SECONDS, "measured");
        ServerCpu.Reading used = ServerCpu.Reading.of(server).since(before);
        return server.isEmpty()
                ? new Measured(figures, Double.NaN, Double.NaN, Double.NaN, warmUp)
                : new Measured(
                        figures,
                        used.seconds() * 1000 / (figures.perSecond() * MEASURED_SECONDS),
                        used.compilerShare(),
                        used.collectorShare(),
                        warmUp);
    }

    private void fill(int total) {
        ServerCall.post(base, "benchmark/cases?total=" + total, Duration.ofMinutes(40));
    }
}
