package com.serviceportal.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The deployment group that {@code config/cluster.sh test-start} made for this test run: two instances
 * behind HAProxy, one H2 database served over TCP. Tests reach the portal through the balancer, look
 * into the database, and stop, kill and start instances through the same script.
 */
public final class Cluster {

    public static final String INSTANCE_COOKIE = "PORTAL_INSTANCE";
    public static final String[] INSTANCES = {"portal-1", "portal-2"};

    private static final int PORTBASE = Integer.getInteger("it.cluster.portbase", 20600);
    private static final Path STATE = Path.of(System.getProperty("it.cluster.state", "target/cluster"));
    private static final Path SCRIPT = Path.of(System.getProperty("it.cluster.script", "../config/cluster.sh"));
    private static final Pattern INSTANCE_LINE = Pattern.compile("(portal-\\d): (http://\\S+)");

    private Cluster() {}

    /** The balancer's address, where users reach the portal. */
    public static URL balancer() {
        return url("http://localhost:" + (PORTBASE + 90) + "/");
    }

    /** The port of the tests' SMTP server, which the group's mail session sends to. */
    public static int smtpPort() {
        return PORTBASE + 25;
    }

    /** Each instance's own address, as the README's commands listed them. */
    public static Map<String, URL> instances() {
        try {
            return Files.readAllLines(STATE.resolve("instances.txt")).stream()
                    .map(INSTANCE_LINE::matcher)
                    .filter(Matcher::matches)
                    .collect(Collectors.toMap(m -> m.group(1), m -> url(m.group(2))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's database, shared by both instances. */
    public static Connection database() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:h2:tcp://localhost:" + (PORTBASE + 92) + "/"
                        + STATE.toAbsolutePath().resolve("db/portal"),
                "sa",
                "sa");
    }

    /**
     * Makes the group as the cluster tier's build does ({@code config/cluster.sh test-start}), for a
     * benchmark that runs without the tier; returns once both instances and the balancer answer.
     */
    public static void start() {
        script("test-start");
    }

    /** Stops and removes what {@link #start()} made. */
    public static void stop() {
        script("test-stop");
    }

    public static void stopInstance(String name) {
        script("stop-instance", name);
    }

    /** Kills the instance's JVM with SIGKILL: no shutdown, no goodbye to the other instance. */
    public static void killInstance(String name) {
        script("kill-instance", name);
    }

    /** Starts an instance and returns once its readiness check answers UP. */
    public static void startInstance(String name) {
        script("start-instance", name);
    }

    public static void stopGroup() {
        script("stop-group");
    }

    /** Starts both instances and returns once both are ready. */
    public static void startGroup() {
        script("start-group");
    }

    /** An asadmin command against the group's domain, e.g. to change the group's configuration. */
    public static void asadmin(String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = "asadmin";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        script(command);
    }

    /** The HTTP status of a GET, without following redirects; -1 where nothing answered. */
    public static int status(URL url) {
        try {
            return send(url, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** The body of a GET that must answer 200. */
    public static String get(URL url) {
        try {
            HttpResponse<String> answer = send(url, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> HttpResponse<T> send(URL url, HttpResponse.BodyHandler<T> body) throws IOException {
        try {
            return HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()
                    .send(
                            HttpRequest.newBuilder(url.toURI())
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void script(String... arguments) {
        String[] command = new String[arguments.length + 2];
        command[0] = "bash";
        command[1] = SCRIPT.toString();
        System.arraycopy(arguments, 0, command, 2, arguments.length);
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (!output.isBlank()) {
                System.out.print(output);
            }
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", arguments) + " failed (" + exit + "): " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URL url(String address) {
        try {
            return URI.create(address).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(address, e);
        }
    }
}
