package com.serviceportal.benchmark.throughput;

import com.serviceportal.cluster.Cluster;
import com.serviceportal.it.Await;
import com.serviceportal.it.DemoData;
import com.serviceportal.it.Metrics;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What session replication costs on the two-instance group (issue 16, figure P7: requests/s with
 * replication on ÷ off, at least 0.85). The group is made as the cluster tests make it
 * ({@code config/cluster.sh test-start}, the README's cluster section), with the EAR deployed with
 * {@code --availabilityenabled=true}; Gatling's users each sign in as a demo customer through the
 * balancer and load the case list over and over. The group just started serves the load first, until its
 * JIT compilers are done; then the EAR is deployed again with availability and measured, and deployed
 * again without it and measured, so that both run on the same history. Run it with {@code ./mvnw -B -Pbenchmark verify -Dbenchmark=replication}
 * (README); it needs the cluster tier's ports (206xx, 28080, 28180) free.
 */
@Tag("replication")
public class SessionReplicationBenchmark {

    /** The numbers of concurrent users measured, {@code -Dbenchmark.users=4,32}. */
    private static final int[] USERS = Arrays.stream(
                    System.getProperty("benchmark.users", "4,32").split(","))
            .mapToInt(users -> Integer.parseInt(users.strip()))
            .toArray();

    private static final int MEASURED_SECONDS = Integer.getInteger("benchmark.seconds", 30);
    private static final Path EAR = Path.of("target", "portal.ear").toAbsolutePath();

    @BeforeAll
    static void makeTheGroup() {
        Cluster.start();
    }

    @AfterAll
    static void removeTheGroup() {
        Cluster.stop();
    }

    @Test
    public void caseListWithAndWithoutSessionReplication() throws IOException {
        URL balancer = Cluster.balancer();
        StringBuilder spread = new StringBuilder();
        // Both are measured after a redeployment, on instances that have served the load before: measured on
        // instances just started, "on" paid for compiling Payara's own code, which "off" found compiled.
        int warmUp = WarmUp.until(
                (seconds, name) -> GatlingRun.of(
                        balancer, "portal", USERS[0], seconds, "started-" + name, DemoData.COMPANY_CONTACT),
                instances());
        spread.append(String.format(
                Locale.ROOT, "The group just started: %d s of load before the first redeployment%n", warmUp));
        deploy(true);
        GatlingRun.Figures[] on = load(balancer, "replication-on", spread);
        deploy(false);
        GatlingRun.Figures[] off = load(balancer, "replication-off", spread);
        deploy(true);

        StringBuilder table = new StringBuilder(String.format(
                Locale.ROOT,
                "%nCase list through the balancer, two instances, every user signed in as %s,"
                        + " %d s measured after %s; on and off each measured after a redeployment of the EAR"
                        + " on a group that has served the load before (Gatling)%n%s",
                DemoData.COMPANY_CONTACT,
                MEASURED_SECONDS,
                WarmUp.described(),
                GatlingRun.Figures.header()));
        for (int i = 0; i < USERS.length; i++) {
            table.append(on[i].row(USERS[i] + " users, replication on"))
                    .append(off[i].row(USERS[i] + " users, replication off"))
                    .append(String.format(
                            Locale.ROOT,
                            "%d users: requests/s on / off: %.2f%n",
                            USERS[i],
                            on[i].perSecond() / off[i].perSecond()));
        }
        table.append(spread);
        System.out.print(table);
        Path out = Path.of("target", "benchmark", "session-replication.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    /** Runs each number of users, and writes into {@code spread} how many lists each instance served. */
    private static GatlingRun.Figures[] load(URL balancer, String what, StringBuilder spread) throws IOException {
        GatlingRun.Figures[] figures = new GatlingRun.Figures[USERS.length];
        List<ServerCpu> instances = instances();
        for (int i = 0; i < USERS.length; i++) {
            int users = USERS[i];
            int warmUp = WarmUp.until(
                    (seconds, name) -> GatlingRun.of(
                            balancer, "portal", users, seconds, what + "-" + name, DemoData.COMPANY_CONTACT),
                    instances);
            Map<String, Double> before = listsServed();
            ServerCpu.Reading cpu = ServerCpu.Reading.of(instances);
            figures[i] = GatlingRun.of(balancer, "portal", users, MEASURED_SECONDS, what, DemoData.COMPANY_CONTACT);
            ServerCpu.Reading used = ServerCpu.Reading.of(instances).since(cpu);
            Map<String, Double> after = listsServed();
            spread.append(String.format(
                    Locale.ROOT,
                    "%d users, %s (warm-up %d s; the instances' CPU %.2f ms a request, JIT %.1f %% and GC %.1f %% of it):"
                            + " case lists served by",
                    users,
                    what,
                    warmUp,
                    used.seconds() * 1000 / (figures[i].perSecond() * MEASURED_SECONDS),
                    used.compilerShare() * 100,
                    used.collectorShare() * 100));
            after.forEach((instance, count) -> spread.append(
                    String.format(Locale.ROOT, " %s %.0f", instance, count - before.getOrDefault(instance, 0.0))));
            spread.append(System.lineSeparator());
        }
        return figures;
    }

    private static List<ServerCpu> instances() {
        return Cluster.instances().keySet().stream()
                .flatMap(name -> ServerCpu.ofClusterInstance(name).stream())
                .toList();
    }

    /**
     * How many case lists each instance has served, from its {@code portal_case_list} timer. A group
     * whose balancer sent every user to one instance measures one instance, not replication.
     */
    private static Map<String, Double> listsServed() {
        Map<String, Double> served = new TreeMap<>();
        Cluster.instances().forEach((name, instance) -> {
            String metrics = Cluster.get(url(instance + "metrics?scope=application"));
            served.put(
                    name, Metrics.sum(metrics, "portal_case_list_seconds_count").orElse(0));
        });
        return served;
    }

    /** Deploys the EAR again on the group, with or without availability, and waits until it answers. */
    private static void deploy(boolean availability) {
        Cluster.asadmin(
                "deploy",
                "--force=true",
                "--target",
                "portal-group",
                "--availabilityenabled=" + availability,
                "--name",
                "portal",
                EAR.toString());
        for (URL instance : Cluster.instances().values()) {
            URL ready = url(instance + "health/ready");
            Await.until(() -> Cluster.status(ready), status -> status == 200, Duration.ofMinutes(5), ready + " UP");
        }
        URL signIn = url(Cluster.balancer() + "signin.xhtml");
        Await.until(() -> Cluster.status(signIn), status -> status == 200, Duration.ofMinutes(2), "the balancer");
    }

    private static URL url(String address) {
        try {
            return URI.create(address).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(address, e);
        }
    }
}
