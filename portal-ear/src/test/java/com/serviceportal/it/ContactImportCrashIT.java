package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.browser.Browser;
import com.serviceportal.browser.CaseListPage;
import com.serviceportal.browser.ContactImportPage;
import com.serviceportal.browser.JobsPage;
import com.serviceportal.browser.SignInPage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * A contact import survives the death of its server: a 100,000-row import on a Payara domain of the
 * test's own ({@code config/portal.sh crash-start}, at {@code it.portbase + 500}) whose JVM is killed
 * ({@code SIGKILL}) part-way; after the restart the run is marked interrupted, the jobs screen and the
 * import page (in Chromium) show it with "Continue", and "Continue import" imports every row of the
 * file once. The domain's H2 runs in a process of its own, which the kill leaves running, as production's
 * database does (decision 0040).
 */
public class ContactImportCrashIT {

    private static final int ROWS = 100_000;
    private static final String DOMAIN = "portal-crash";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Path payara;
    private static String script;
    private static int portbase;
    private static TestDriver driver;

    @BeforeAll
    static void startTheTestsOwnServer() throws Exception {
        payara = Path.of(System.getProperty("it.payara.home", "target/payara6"));
        script = System.getProperty("it.portal.script", "../config/portal.sh");
        portbase = Integer.getInteger("it.crash.portbase", Integer.getInteger("it.portbase", 20000) + 500);
        File ear = new File("target/crash/portal.ear");
        ear.getParentFile().mkdirs();
        PortalEar.withTestClasses(ContactImportCrashITDriver.class, DemoData.class)
                .as(ZipExporter.class)
                .exportTo(ear, true);
        Instant begun = Instant.now();
        portalScript("crash-start");
        asadmin("deploy", "--force=true", "--name", "portal", ear.getAbsolutePath());
        driver = TestDriver.at(new URL("http://localhost:" + (portbase + 80) + "/"), "contact-import-crash");
        awaitPortal(Duration.ofMinutes(2));
        System.out.println(
                "Own server up in " + Duration.between(begun, Instant.now()).toSeconds() + " s");
    }

    @AfterAll
    static void removeTheTestsOwnServer() throws Exception {
        portalScript("crash-stop");
    }

    @Test
    public void anImportKilledWithItsServerIsInterruptedAndContinuesToEveryRowOnce() throws Exception {
        String prefix = "crash" + System.nanoTime() % 1_000_000 + "-";
        String importId = driver.post("start", "prefix", prefix, "rows", Integer.toString(ROWS));
        Await.until(
                () -> progress(importId),
                p -> p.get("done") >= 5_000 || p.get("finished") == 1,
                Duration.ofMinutes(3),
                "the import to be under way");
        killTheServer();
        Instant killed = Instant.now();
        portalScript("crash-restart");
        awaitPortal(Duration.ofMinutes(3));
        System.out.println(
                "Server back " + Duration.between(killed, Instant.now()).toSeconds() + " s after the kill");

        Map<String, Integer> interrupted = progress(importId);
        assertTrue(interrupted.get("done") < ROWS, () -> "the server died before the end: " + interrupted);
        assertEquals(1, interrupted.get("failed"), () -> "the run has ended: " + interrupted);
        assertEquals(1, interrupted.get("interrupted"), () -> "the import page says interrupted: " + interrupted);
        assertEquals(importId, driver.get("unfinished"), "the import page opens on the unfinished import");
        String latestRun = driver.get("runs").lines().findFirst().orElse("");
        assertTrue(latestRun.endsWith(" INTERRUPTED true"), () -> "the jobs screen offers Continue: " + latestRun);

        Instant continued = Instant.now();
        try (Browser browser = Browser.open(new URL("http://localhost:" + (portbase + 80) + "/"), "en")) {
            SignInPage.open(browser).signIn(DemoData.ADMINISTRATOR, DemoData.PASSWORD);
            new CaseListPage(browser);
            JobsPage jobs = JobsPage.open(browser).showRuns();
            String row = jobs.rows().get(0);
            assertTrue(
                    row.contains("Contact import") && row.contains("Interrupted") && row.contains("Continue"),
                    () -> "the jobs screen shows the interrupted run with Continue: " + row);
            screenshots(browser, "desk-jobs-interrupted");
            ContactImportPage page = ContactImportPage.open(browser);
            assertTrue(page.failure().contains("interrupted when the server stopped"), page::failure);
            screenshots(browser, "desk-contact-import-interrupted");
            page.resume();
        }
        Map<String, Integer> done = Await.until(
                () -> progress(importId),
                p -> p.get("finished") == 1 || (p.get("failed") == 1 && p.get("interrupted") == 0),
                Duration.ofMinutes(3),
                "the continued import to finish");
        System.out.println("Continued run took "
                + Duration.between(continued, Instant.now()).toSeconds() + " s");
        String notOnce = driver.get("rows", "import", importId, "prefix", prefix, "rows", Integer.toString(ROWS));
        System.out.println("Rows not in once: " + (notOnce.isEmpty() ? "none" : notOnce));
        assertEquals(1, done.get("finished"), () -> "the continued run failed: " + done + "; " + notOnce);
        assertEquals(
                new TreeMap<>(Map.of("done", ROWS, "created", ROWS, "rejected", 0)),
                new TreeMap<>(Map.of(
                        "done", done.get("done"), "created", done.get("created"), "rejected", done.get("rejected"))),
                () -> "the import's counts; " + notOnce);
        assertEquals("", notOnce, "each row of the file in once, as a new contact with its account");
        assertEquals(
                ROWS + " " + ROWS + " " + ROWS,
                driver.get("contacts", "prefix", prefix),
                "contacts, distinct e-mail addresses and accounts: each row once");
        String afterwards = driver.get("runs").lines().findFirst().orElse("");
        assertTrue(afterwards.endsWith(" COMPLETED false"), afterwards);
    }

    private static void screenshots(Browser browser, String name) {
        browser.resize(new Dimension(1366, 900));
        browser.screenshot(name + "-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot(name + "-phone");
        browser.resize(Browser.DESKTOP);
    }

    private static Map<String, Integer> progress(String importId) {
        String[] values = driver.get("progress", "import", importId).split(" ");
        return Map.of(
                "done",
                Integer.parseInt(values[0]),
                "created",
                Integer.parseInt(values[1]),
                "rejected",
                Integer.parseInt(values[2]),
                "finished",
                Boolean.parseBoolean(values[3]) ? 1 : 0,
                "failed",
                Boolean.parseBoolean(values[4]) ? 1 : 0,
                "interrupted",
                Boolean.parseBoolean(values[5]) ? 1 : 0);
    }

    /** SIGKILL to the domain's JVM, as a crash or an out-of-memory killer would end it. */
    private static void killTheServer() {
        ProcessHandle server = ServerProcess.ofDomain(payara, DOMAIN)
                .orElseThrow(() -> new AssertionError("no running JVM for the domain " + DOMAIN + " under " + payara));
        assertTrue(
                server.info().command().orElse("").endsWith("/java"),
                () -> "the process of " + DOMAIN + "'s config/pid is a JVM: " + server.info());
        assertTrue(server.destroyForcibly());
        server.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    private static void awaitPortal(Duration patience) {
        URI signIn = URI.create("http://localhost:" + (portbase + 80) + "/signin.xhtml");
        Await.until(
                () -> {
                    try {
                        return HTTP.send(
                                        HttpRequest.newBuilder(signIn)
                                                .timeout(Duration.ofSeconds(10))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                    } catch (IOException e) {
                        return -1;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                },
                status -> status == 200,
                patience,
                "the portal on port " + (portbase + 80));
    }

    private static void portalScript(String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                "bash", script, command, payara.toAbsolutePath().toString());
        builder.environment().put("PORTAL_CRASH_PORTBASE", Integer.toString(portbase));
        run(builder);
    }

    private static void asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(payara.resolve("bin/asadmin").toAbsolutePath().toString());
        command.add("--port");
        command.add(Integer.toString(portbase + 48));
        command.addAll(List.of(arguments));
        run(new ProcessBuilder(command));
    }

    private static void run(ProcessBuilder builder) throws IOException, InterruptedException {
        Path log = Files.createTempFile("crash-domain", ".log");
        Process process =
                builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        String output = Files.readString(log);
        Files.delete(log);
        assertTrue(ended && process.exitValue() == 0, () -> String.join(" ", builder.command()) + "\n" + output);
    }
}
