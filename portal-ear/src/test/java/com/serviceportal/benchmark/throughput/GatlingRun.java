package com.serviceportal.benchmark.throughput;

import com.serviceportal.it.DemoData;
import io.gatling.app.Gatling$;
import io.gatling.shared.cli.GatlingCliOptions;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Gatling run of {@link CaseListSimulation} against a target ("portal" or "bare") and its figures
 * for the case list request, read from the report's {@code js/stats.js}.
 */
final class GatlingRun {

    private static final Path RESULTS = Path.of("target", "gatling");

    /** Requests per second, 50th and 95th percentile in ms, and failed requests of the case list. */
    record Figures(double perSecond, double p50, double p95, double failed) {

        String row(String label) {
            return String.format(Locale.ROOT, "%-28s %10.1f %9.0f %9.0f %9.0f%n", label, perSecond, p50, p95, failed);
        }

        static String header() {
            return String.format(Locale.ROOT, "%-28s %10s %9s %9s %9s%n", "", "req/s", "p50 ms", "p95 ms", "errors");
        }
    }

    private GatlingRun() {}

    /** Loads {@code target} with {@code users} for {@code seconds}; {@code what} names the report. */
    static Figures of(URL base, String target, int users, int seconds, String what) throws IOException {
        return of(base, target, users, seconds, what, null);
    }

    /** As {@link #of(URL, String, int, int, String)}, every user signed in as {@code username}. */
    static Figures of(URL base, String target, int users, int seconds, String what, String username)
            throws IOException {
        System.setProperty("throughput.base", base.toString());
        System.setProperty("throughput.target", target);
        System.setProperty("throughput.users", Integer.toString(users));
        System.setProperty("throughput.seconds", Integer.toString(seconds));
        System.setProperty("throughput.password", DemoData.PASSWORD);
        System.clearProperty("throughput.username");
        if (username != null) {
            System.setProperty("throughput.username", username);
        }
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
            return figures(runs.filter(Files::isDirectory)
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow());
        }
    }

    /** The measured request's figures from the report's js/stats.js (percentiles1 = 50th, 3 = 95th). */
    private static Figures figures(Path report) throws IOException {
        String json = Files.readString(report.resolve("js").resolve("stats.js"));
        Matcher start = Pattern.compile("\"name\"\\s*:\\s*\"" + CaseListSimulation.REQUEST + "\"")
                .matcher(json);
        if (!start.find()) {
            throw new IllegalStateException("No \"" + CaseListSimulation.REQUEST + "\" in " + report);
        }
        String request = json.substring(start.end());
        return new Figures(
                number(request, "meanNumberOfRequestsPerSecond"),
                number(request, "percentiles1"),
                number(request, "percentiles3"),
                failed(request));
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\\{\\s*\"total\"\\s*:\\s*\"?([0-9.]+)")
                .matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + key + " in the report");
        }
        return Double.parseDouble(m.group(1));
    }

    private static double failed(String json) {
        Matcher m = Pattern.compile("\"numberOfRequests\"\\s*:\\s*\\{[^}]*\"ko\"\\s*:\\s*\"?([0-9]+)")
                .matcher(json);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
