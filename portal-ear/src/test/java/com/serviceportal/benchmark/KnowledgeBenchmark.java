package com.serviceportal.benchmark;

import com.serviceportal.it.DemoData;
import com.serviceportal.it.PortalEar;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The knowledge base's search as a customer uses it, at 1,000 and at 100,000 articles: the search
 * page with a query typed in, and the page as it opens (most viewed and the categories), timed over
 * HTTP for a signed-in company contact; and the suggestions the new-case form asks for as the
 * summary is typed. Queries rotate over
 * words customers type, in English and Swedish, from common ("freezer") to rare ("E417"), so every
 * request does the work of a new search. Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -B -Pbenchmark verify -Dbenchmark=knowledge} (README).
 */
@Tag("knowledge")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class KnowledgeBenchmark {

    private static final int WARM_UP = 200;
    private static final int MEASURED = Integer.getInteger("benchmark.requests", 300);
    private static final int[] SIZES = {1_000, 100_000};
    private static final List<String> QUERIES = List.of(
            "freezer alarm",
            "compressor makes a loud noise",
            "door seal leaking",
            "error E417",
            "label printer prints blank labels",
            "kylskåpet läcker vatten",
            "ugnen startar inte",
            "fan vibrates",
            "thermostat too warm",
            "Electrolux",
            "drain hose",
            "ice machine freezes up",
            "frysen larmar",
            "replace the fuse",
            "dishwasher does not start",
            "vakuumförpackaren stannar");

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(
                KnowledgeBenchmarkData.class, CaseListBenchmarkData.class, BenchmarkCustomers.class);
    }

    @ArquillianResource
    private URL base;

    private final Map<String, long[][]> results = new LinkedHashMap<>();

    @Test
    public void searchAtOneThousandAndAtOneHundredThousandArticles() throws IOException {
        PortalSession reader = new PortalSession(URI.create(base.toString()));
        reader.signIn(DemoData.COMPANY_CONTACT, DemoData.PASSWORD);
        for (int size = 0; size < SIZES.length; size++) {
            String[] filled = ServerCall.post(base, "benchmark/knowledge?total=" + SIZES[size], Duration.ofMinutes(40))
                    .strip()
                    .split(" ");
            System.out.printf(
                    Locale.ROOT,
                    "Filled to %,d articles in %,d ms; warming up...%n",
                    SIZES[size],
                    Long.parseLong(filled[1]));
            measure(reader, size, WARM_UP, true);
            measure(reader, size, WARM_UP / 4, false);
            System.out.println("Measuring...");
            results.computeIfAbsent("search page", k -> new long[SIZES.length][])[size] =
                    measure(reader, size, MEASURED, true);
            results.computeIfAbsent("most viewed page", k -> new long[SIZES.length][])[size] =
                    measure(reader, size, MEASURED / 4, false);
            suggest(reader, WARM_UP);
            results.computeIfAbsent("suggestions (AJAX)", k -> new long[SIZES.length][])[size] =
                    suggest(reader, MEASURED);
        }
        report();
    }

    /** Times the search page with each query in turn, or ({@code search} false) the page without one. */
    private static long[] measure(PortalSession reader, int size, int requests, boolean search) {
        long[] times = new long[requests];
        for (int round = 0; round < requests; round++) {
            String query = search ? QUERIES.get(round % QUERIES.size()) : "";
            long start = System.nanoTime();
            String html = reader.get("portal/knowledge/index.xhtml"
                    + (search ? "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) : ""));
            times[round] = System.nanoTime() - start;
            // At 100,000 articles every query finds some; a fast answer without results would measure nothing.
            if (size == SIZES.length - 1 && !html.contains("kb-hit")) {
                throw new IllegalStateException("\"" + query + "\" found nothing");
            }
        }
        return times;
    }

    /**
     * Times the new-case form's suggestions as the summary is typed: the AJAX request the form sends
     * after a pause, on one open form per round of queries, as a customer types on.
     */
    private static long[] suggest(PortalSession reader, int requests) {
        long[] times = new long[requests];
        for (int round = 0; round < requests; round++) {
            if (round % QUERIES.size() == 0) {
                reader.get("portal/cases/new.xhtml");
            }
            String summary = QUERIES.get(round % QUERIES.size());
            long start = System.nanoTime();
            reader.ajax(
                    "portal/cases/new.xhtml",
                    "newCase",
                    "newCase:summary",
                    "keyup",
                    "newCase:suggestions",
                    Map.of("newCase:summary", summary));
            times[round] = System.nanoTime() - start;
        }
        return times;
    }

    private void report() throws IOException {
        String table = Timings.comparison(
                "Knowledge base, company contact, " + MEASURED + " requests per row and size over " + QUERIES.size()
                        + " queries",
                "1k",
                "100k",
                results,
                1.5,
                50);
        System.out.print(table);
        Path out = Path.of("target", "benchmark", "knowledge.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }
}
