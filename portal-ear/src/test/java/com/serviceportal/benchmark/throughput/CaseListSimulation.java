package com.serviceportal.benchmark.throughput;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One load run of {@link CaseListThroughputBenchmark}: {@code throughput.users} virtual users, each
 * a different benchmark contact, ask for the first page of their case list over and over for
 * {@code throughput.seconds}, either the portal's page (each signs in once first, as a browser
 * would) or the bare servlet ({@code throughput.target} = portal or bare). {@code throughput.username}
 * signs every user in as that contact instead.
 */
public class CaseListSimulation extends Simulation {

    /** The name of the measured request in Gatling's statistics. */
    static final String REQUEST = "case list";

    private static final String VIEW_STATE = "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"";
    private static final String NONCE = "<script[^>]* nonce=\"([^\"]+)\"";

    {
        String base = System.getProperty("throughput.base");
        boolean portal = "portal".equals(System.getProperty("throughput.target"));
        int users = Integer.getInteger("throughput.users");
        Duration duration = Duration.ofSeconds(Integer.getInteger("throughput.seconds"));
        // one benchmark contact per user, or everyone as the same (demo) contact
        String username = System.getProperty("throughput.username", "bench#{contact}");
        AtomicInteger next = new AtomicInteger();
        Iterator<Map<String, Object>> contacts = Stream.generate(
                        () -> Map.<String, Object>of("contact", next.getAndIncrement()))
                .iterator();
        ChainBuilder signIn = exec(http("sign-in page")
                        .get("signin.xhtml")
                        .check(
                                regex(VIEW_STATE).saveAs("viewState"),
                                regex(NONCE).saveAs("nonce")))
                .exec(http("sign in")
                        .post("signin.xhtml")
                        .formParam("signin", "signin")
                        .formParam("signin:username", username)
                        .formParam("signin:password", System.getProperty("throughput.password"))
                        .formParam("signin:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(substring("case-table")));
        ChainBuilder list = portal
                ? exec(http(REQUEST).get("portal/cases/list.xhtml").check(substring("data-ri=\"")))
                : exec(http(REQUEST)
                        .get("benchmark/bare-case-list?contact=#{contact}")
                        .check(substring("data-ri=\"")));
        ScenarioBuilder scenario = scenario(portal ? "portal" : "bare")
                .feed(contacts)
                .exec(portal ? signIn : exec(session -> session))
                .during(duration)
                .on(list);
        setUp(scenario.injectOpen(atOnceUsers(users)))
                .protocols(http.baseUrl(base).acceptHeader("text/html").acceptEncodingHeader("gzip, deflate"));
    }
}
