package com.serviceportal.benchmark;

import com.serviceportal.it.DemoData;
import com.serviceportal.it.PortalEar;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
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
 * The customers' statistics page at 10,000 and at 1,000,000 cases (with 2,000 and 200,000 work
 * orders), timed over HTTP as signed-in company contacts whose company has three sites: the page as
 * it opens (the last twelve months, all sites), one site chosen, and a period of two years. Requests
 * rotate over ten contacts of ten companies, which hold 1,000 cases each at either size: the
 * database around them grows a hundredfold, their own records stay. Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -B -Pbenchmark verify -Dbenchmark=statistics} (README).
 */
@Tag("statistics")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class StatisticsBenchmark {

    private static final int CONTACTS = StatisticsBenchmarkData.MEASURED_COMPANIES;
    private static final int WARM_UP = 20;
    private static final int MEASURED = Integer.getInteger("benchmark.requests", 100);
    private static final int[] SIZES = {10_000, 1_000_000};
    private static final String PAGE = "portal/statistics/index.xhtml";
    /**
     * What only counted records show: the benchmark's contract references in the hours table and its
     * equipment in the top-equipment table ("SB-…"). Every answer must show them, or a fast answer
     * would have counted nothing.
     */
    private static final String FIGURES = "SB-";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(
                StatisticsBenchmarkData.class, CaseListBenchmarkData.class, BenchmarkCustomers.class);
    }

    @ArquillianResource
    private URL base;

    private final Map<String, long[][]> results = new LinkedHashMap<>();

    @Test
    public void statisticsPageAtTenThousandAndAtOneMillionCases() throws IOException {
        List<PortalSession> contacts = new ArrayList<>();
        for (int size = 0; size < SIZES.length; size++) {
            String[] filled = ServerCall.post(base, "benchmark/statistics?cases=" + SIZES[size], Duration.ofMinutes(40))
                    .strip()
                    .split(" ");
            if (contacts.isEmpty()) {
                for (int i = 0; i < CONTACTS; i++) {
                    PortalSession session = new PortalSession(URI.create(base.toString()));
                    session.signIn(StatisticsBenchmarkData.CUSTOMERS.usernamePrefix() + i, DemoData.PASSWORD);
                    contacts.add(session);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "Filled to %,d cases and %,d work orders in %,d ms; warming up...%n",
                    SIZES[size],
                    SIZES[size] / StatisticsBenchmarkData.CASES_PER_ORDER,
                    Long.parseLong(filled[1]));
            measure(size, contacts, WARM_UP);
            System.out.println("Measuring...");
            measure(size, contacts, MEASURED);
        }
        report();
    }

    private void measure(int size, List<PortalSession> contacts, int requests) {
        YearMonth now = YearMonth.now();
        scenario(size, contacts, requests, "open the page (12 months)", (s, i) -> "");
        scenario(
                size,
                contacts,
                requests,
                "one site (12 months)",
                (s, i) ->
                        show(s, now.minusMonths(11), now, StatisticsBenchmarkData.CUSTOMERS.customerId(i, 1 + i % 3)));
        scenario(size, contacts, requests, "all sites, 24 months", (s, i) -> show(s, now.minusMonths(23), now, null));
    }

    private static String show(PortalSession session, YearMonth from, YearMonth to, Long site) {
        return session.submit(
                PAGE,
                "statistics",
                "statistics:show",
                Map.of(
                        "statistics:from_input", from.toString(),
                        "statistics:to_input", to.toString(),
                        "statistics:site_input", site == null ? "" : site.toString()));
    }

    /**
     * Each round opens the page; the first scenario times that, the others time the request sent
     * from it. Every answer must show the figures, or a fast answer would measure nothing.
     */
    private void scenario(
            int size,
            List<PortalSession> contacts,
            int requests,
            String name,
            BiFunction<PortalSession, Integer, String> request) {
        long[] times = new long[requests];
        boolean opening = name.startsWith("open");
        for (int round = 0; round < requests; round++) {
            int contact = round % contacts.size();
            PortalSession session = contacts.get(contact);
            long start = System.nanoTime();
            String page = session.get(PAGE);
            long opened = System.nanoTime();
            String answer = opening ? page : request.apply(session, contact);
            long answered = System.nanoTime();
            if (!answer.contains(FIGURES)) {
                throw new IllegalStateException("\"" + name + "\" answered without figures");
            }
            times[round] = opening ? opened - start : answered - opened;
        }
        results.computeIfAbsent(name, k -> new long[SIZES.length][])[size] = times;
    }

    private void report() throws IOException {
        String table = Timings.comparison(
                "Statistics page, company contact (company + 3 sites), " + MEASURED + " requests per row and size",
                "10k",
                "1M",
                results,
                1.5,
                300);
        System.out.print(table);
        Path out = Path.of("target", "benchmark", "statistics.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }
}
