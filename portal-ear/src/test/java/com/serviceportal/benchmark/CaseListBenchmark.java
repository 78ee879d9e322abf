package com.serviceportal.benchmark;

import com.serviceportal.it.DemoData;
import com.serviceportal.it.PortalEar;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer case list's response time at 10,000 and at 1,000,000 cases, measured over HTTP as
 * signed-in company contacts: the full page, then the AJAX request of a page turn, of a sort by
 * each column and of each filter. Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -B -Pbenchmark verify} (README). Requests rotate over ten contacts of ten
 * companies, so no request repeats the one before it and the database's result cache cannot
 * answer for the list.
 */
@Tag("cases")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CaseListBenchmark {

    private static final int CONTACTS = 10;
    private static final int WARM_UP = 10;
    private static final int MEASURED = Integer.getInteger("benchmark.requests", 60);
    private static final int[] SIZES = {10_000, 1_000_000};
    private static final String TABLE = "list:cases";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(CaseListBenchmarkData.class, BenchmarkCustomers.class);
    }

    @ArquillianResource
    private URL base;

    /** What PrimeFaces writes for each row of a table. */
    private static final String ROW = "data-ri=\"";

    /** Per request and size: how many measured answers showed cases. */
    private final Map<String, int[]> withCases = new LinkedHashMap<>();

    private final Map<String, long[][]> results = new LinkedHashMap<>();

    @Test
    public void customerCaseListAtTenThousandAndAtOneMillionCases() throws IOException {
        List<PortalSession> contacts = new ArrayList<>();
        for (int size = 0; size < SIZES.length; size++) {
            long filled = fill(SIZES[size]);
            if (contacts.isEmpty()) {
                for (int i = 0; i < CONTACTS; i++) {
                    PortalSession session = new PortalSession(URI.create(base.toString()));
                    session.signIn(CaseListBenchmarkData.USERNAME_PREFIX + i, DemoData.PASSWORD);
                    contacts.add(session);
                }
            }
            System.out.printf(Locale.ROOT, "Filled to %,d cases in %,d ms; warming up...%n", SIZES[size], filled);
            // One untimed pass of every request first, so that neither size is measured on code the
            // JVM has not compiled yet or on database pages read for the first time.
            measure(size, contacts);
            forget(size);
            System.out.println("Measuring...");
            measure(size, contacts);
            report(size + 1);
        }
    }

    private void measure(int size, List<PortalSession> contacts) {
        // At 10k a contact has about ten open cases, so the open list has no second page; with
        // complete and cancelled cases shown it has five at both sizes, and a page turn reads and
        // shows twenty cases at either size.
        scenario(
                size,
                contacts,
                "next page (complete shown)",
                (s, i) -> showComplete(s),
                (s, i) -> s.ajax(
                        "list",
                        TABLE,
                        null,
                        TABLE,
                        Map.of(
                                TABLE + "_pagination", "true",
                                TABLE + "_first", "20",
                                TABLE + "_rows", "20",
                                TABLE + "_skipChildren", "true",
                                TABLE + "_encodeFeature", "true")));
        for (String column : List.of("number", "summary", "customer", "status", "severity", "createdAt")) {
            scenario(size, contacts, "sort by " + column, (s, i) -> sort(s, column));
        }
        scenario(size, contacts, "filter status In progress", (s, i) -> filter(s, "status", "change", "2"));
        scenario(size, contacts, "filter severity Critical", (s, i) -> filter(s, "severity", "change", "CRITICAL"));
        scenario(
                size,
                contacts,
                "filter one site",
                (s, i) -> s.ajax(
                        "list",
                        "list:site",
                        "change",
                        TABLE,
                        Map.of("list:site_input", Long.toString(5_000_000L + i * 3L + 1))));
        scenario(size, contacts, "filter text \"compressor\"", (s, i) -> filter(s, "text", "keyup", "compressor"));
        scenario(size, contacts, "show complete and cancelled", (s, i) -> showComplete(s));
    }

    private static String showComplete(PortalSession session) {
        return session.ajax("list", "list:complete", "change", TABLE, Map.of("list:complete_input", "on"));
    }

    private static String sort(PortalSession session, String column) {
        return session.ajax(
                "list",
                TABLE,
                null,
                TABLE,
                Map.of(
                        TABLE + "_sorting", "true",
                        TABLE + "_skipChildren", "true",
                        TABLE + "_encodeFeature", "true",
                        TABLE + "_sortKey", TABLE + ":" + column,
                        TABLE + "_sortDir", "1"));
    }

    private static String filter(PortalSession session, String field, String event, String value) {
        return session.ajax("list", "list:" + field, event, TABLE, Map.of("list:" + field, value));
    }

    /** Drops what the warm-up pass recorded for one size. */
    private void forget(int size) {
        results.values().forEach(bySize -> bySize[size] = null);
        withCases.values().forEach(bySize -> bySize[size] = 0);
    }

    /** Each round opens the list (timed as "open the list") and then sends the scenario's request. */
    private void scenario(
            int size, List<PortalSession> contacts, String name, BiFunction<PortalSession, Integer, String> request) {
        scenario(size, contacts, name, (s, i) -> "", request);
    }

    /** As above, with an untimed step between opening the list and the timed request. */
    private void scenario(
            int size,
            List<PortalSession> contacts,
            String name,
            BiFunction<PortalSession, Integer, String> setUp,
            BiFunction<PortalSession, Integer, String> request) {
        long[] page = new long[MEASURED];
        long[] ajax = new long[MEASURED];
        int[] shownCases = withCases.computeIfAbsent(name, k -> new int[SIZES.length]);
        for (int round = -WARM_UP; round < MEASURED; round++) {
            int contact = Math.floorMod(round, contacts.size());
            PortalSession session = contacts.get(contact);
            long start = System.nanoTime();
            String html = session.get("portal/cases/list.xhtml");
            long opened = System.nanoTime();
            if (!html.contains("case-table") || !html.contains(ROW)) {
                throw new IllegalStateException("The case list did not open with cases in it");
            }
            setUp.apply(session, contact);
            long asked = System.nanoTime();
            String answer = request.apply(session, contact);
            long answered = System.nanoTime();
            // A fast answer without cases would measure nothing. At 10k a contact has only about ten
            // open cases, so a filter may rightly find none; at 1M every one has cases.
            boolean shown = answer.contains(ROW);
            if (!shown && size == SIZES.length - 1) {
                throw new IllegalStateException("\"" + name + "\" answered without cases: " + answer);
            }
            if (round >= 0 && shown) {
                shownCases[size]++;
            }
            if (round >= 0) {
                page[round] = opened - start;
                ajax[round] = answered - asked;
            }
        }
        results.computeIfAbsent("open the list", k -> new long[SIZES.length][]);
        long[][] opens = results.get("open the list");
        opens[size] = opens[size] == null ? page : concat(opens[size], page);
        results.computeIfAbsent(name, k -> new long[SIZES.length][])[size] = ajax;
    }

    /** Prints the table for the sizes measured so far, so a long run shows its first figures early. */
    private void report(int sizes) throws IOException {
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT,
                "%nCustomer case list, company contact (company + 2 sites), %d requests per row and size%n",
                MEASURED));
        table.append(String.format(
                Locale.ROOT,
                "%-32s %9s %11s %11s %11s %11s %8s  %s%n",
                "request",
                "10k shown",
                "10k median",
                "10k p95",
                "1M median",
                "1M p95",
                "1M/10k",
                "targets (p95 1M <= 1.2 x 10k, < 150 ms)"));
        for (Map.Entry<String, long[][]> row : results.entrySet()) {
            long[] small = row.getValue()[0];
            if (sizes < SIZES.length) {
                table.append(String.format(
                        Locale.ROOT,
                        "%-32s %9s %8.1f ms %8.1f ms%n",
                        row.getKey(),
                        shownAtTenThousand(row.getKey()),
                        Timings.percentile(small, 50),
                        Timings.percentile(small, 95)));
                continue;
            }
            long[] large = row.getValue()[1];
            double p95Small = Timings.percentile(small, 95);
            double p95Large = Timings.percentile(large, 95);
            double ratio = p95Large / p95Small;
            table.append(String.format(
                    Locale.ROOT,
                    "%-32s %9s %8.1f ms %8.1f ms %8.1f ms %8.1f ms %8.2f  %s%n",
                    row.getKey(),
                    shownAtTenThousand(row.getKey()),
                    Timings.percentile(small, 50),
                    p95Small,
                    Timings.percentile(large, 50),
                    p95Large,
                    ratio,
                    (ratio <= 1.2 ? "ratio met" : "ratio MISSED") + ", "
                            + (p95Large < 150 ? "under 150 ms" : "OVER 150 ms")));
        }
        System.out.print(table);
        Path out = Path.of("target", "benchmark", "case-list.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    /** How many of the 10k answers showed cases (the list always opens with cases). */
    private String shownAtTenThousand(String request) {
        int[] shown = withCases.get(request);
        return shown == null ? MEASURED + "/" + MEASURED : shown[0] + "/" + MEASURED;
    }

    private long fill(int total) {
        return Long.parseLong(ServerCall.post(base, "benchmark/cases?total=" + total, Duration.ofMinutes(40))
                .split(" ")[1]);
    }

    private static long[] concat(long[] a, long[] b) {
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
