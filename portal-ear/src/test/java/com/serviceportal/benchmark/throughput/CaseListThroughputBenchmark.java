package com.serviceportal.benchmark.throughput;

import com.serviceportal.benchmark.BareCaseList;
import com.serviceportal.benchmark.CaseListBenchmarkData;
import com.serviceportal.it.DemoData;
import com.serviceportal.it.PortalEar;
import io.gatling.app.Gatling$;
import io.gatling.shared.cli.GatlingCliOptions;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
    private static final int[] USERS = {4, 32};
    private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warmup", 20);
    private static final int MEASURED_SECONDS = Integer.getInteger("benchmark.seconds", 30);
    private static final Path RESULTS = Path.of("target", "gatling");

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(CaseListBenchmarkData.class, BareCaseList.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    public void caseListPageNextToBareServlet() throws IOException {
        fill(CASES);
        StringBuilder table = new StringBuilder(String.format(
                Locale.ROOT,
                "%nCase list first page, %,d cases, %d s measured after %d s warm-up (Gatling)%n"
                        + "%-6s %-7s %10s %9s %9s %9s%n",
                CASES,
                MEASURED_SECONDS,
                WARM_UP_SECONDS,
                "users",
                "target",
                "req/s",
                "p50 ms",
                "p95 ms",
                "errors"));
        for (int users : USERS) {
            double[] portal = run("portal", users);
            double[] bare = run("bare", users);
            table.append(row(users, "portal", portal)).append(row(users, "bare", bare));
            table.append(String.format(Locale.ROOT, "%-6d ratio portal / bare: %.4f%n", users, portal[0] / bare[0]));
            System.out.print(table);
        }
        Path out = Path.of("target", "benchmark", "case-list-throughput.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    private static String row(int users, String target, double[] stats) {
        return String.format(
                Locale.ROOT,
                "%-6d %-7s %10.1f %9.0f %9.0f %9.0f%n",
                users,
                target,
                stats[0],
                stats[1],
                stats[2],
                stats[3]);
    }

    /** A warm-up run, then the measured one: requests/s, p50, p95 and failed requests of the list. */
    private double[] run(String target, int users) throws IOException {
        gatling(target, users, WARM_UP_SECONDS, "warm-up");
        Path report = gatling(target, users, MEASURED_SECONDS, "measured");
        return statsOf(report);
    }

    private Path gatling(String target, int users, int seconds, String what) throws IOException {
        System.setProperty("throughput.base", base.toString());
        System.setProperty("throughput.target", target);
        System.setProperty("throughput.users", Integer.toString(users));
        System.setProperty("throughput.seconds", Integer.toString(seconds));
        System.setProperty("throughput.password", DemoData.PASSWORD);
        Files.createDirectories(RESULTS);
        String description = target + "-" + users + "-" + what;
        int status = Gatling$.MODULE$.fromArgs(new String[] {
            GatlingCliOptions.Simulation.longOption(), CaseListSimulation.class.getName(),
            GatlingCliOptions.ResultsFolder.longOption(),
                    RESULTS.toAbsolutePath().toString(),
            GatlingCliOptions.RunDescription.longOption(), description
        });
        if (status != 0) {
            throw new IllegalStateException("Gatling run " + description + " ended with " + status);
        }
        try (Stream<Path> runs = Files.list(RESULTS)) {
            return runs.filter(Files::isDirectory)
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow();
        }
    }

    /** The measured request's figures from the report's js/stats.js (percentiles1 = 50th, 3 = 95th). */
    private static double[] statsOf(Path report) throws IOException {
        String json = Files.readString(report.resolve("js").resolve("stats.js"));
        Matcher start = Pattern.compile("\"name\"\\s*:\\s*\"" + CaseListSimulation.REQUEST + "\"")
                .matcher(json);
        if (!start.find()) {
            throw new IllegalStateException("No \"" + CaseListSimulation.REQUEST + "\" in " + report);
        }
        String request = json.substring(start.end());
        return new double[] {
            number(request, "meanNumberOfRequestsPerSecond"),
            number(request, "percentiles1"),
            number(request, "percentiles3"),
            koOf(request)
        };
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\\{\\s*\"total\"\\s*:\\s*\"?([0-9.]+)")
                .matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + key + " in the report");
        }
        return Double.parseDouble(m.group(1));
    }

    private static double koOf(String json) {
        Matcher m = Pattern.compile("\"numberOfRequests\"\\s*:\\s*\\{[^}]*\"ko\"\\s*:\\s*\"?([0-9]+)")
                .matcher(json);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private void fill(int total) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "benchmark/cases?total=" + total))
                .timeout(Duration.ofMinutes(40))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Filling failed: " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
