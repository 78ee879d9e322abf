package com.serviceportal.benchmark.throughput;

import com.serviceportal.it.ServerProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The CPU time the test server's process has used so far, from Linux's {@code /proc}. Divided by the
 * requests of a run it gives a figure that other work on the machine hardly moves, unlike requests/s:
 * what one request costs the server.
 */
final class ServerCpu {

    /** Linux's clock ticks per second, in which {@code /proc/PID/stat} counts CPU time. */
    private static final double TICKS_PER_SECOND = 100;

    private static final Path PAYARA = Path.of("target", "payara6");

    private final long pid;

    private ServerCpu(long pid) {
        this.pid = pid;
    }

    /** The Payara Server of this build's test domain, if it runs on Linux. */
    static Optional<ServerCpu> ofTestDomain() {
        return of(ServerProcess.ofDomain(PAYARA, "portal-it"));
    }

    /** An instance of the cluster tier's group ({@code portal-1}, {@code portal-2}), if it runs on Linux. */
    static Optional<ServerCpu> ofClusterInstance(String name) {
        return of(ServerProcess.ofInstance(PAYARA, "portal-node", name));
    }

    private static Optional<ServerCpu> of(Optional<ProcessHandle> server) {
        return server.map(process -> new ServerCpu(process.pid())).filter(cpu -> Files.isReadable(stat(cpu.pid)));
    }

    /**
     * What a group of servers has used so far: CPU seconds in all, and of that their JIT compilers' and
     * their garbage collectors'.
     */
    record Reading(double seconds, double compilerSeconds, double collectorSeconds) {

        static Reading of(List<ServerCpu> servers) {
            return new Reading(
                    servers.stream().mapToDouble(ServerCpu::seconds).sum(),
                    servers.stream()
                            .mapToDouble(server -> server.threadsSeconds(COMPILER))
                            .sum(),
                    servers.stream()
                            .mapToDouble(server -> server.threadsSeconds(COLLECTOR))
                            .sum());
        }

        /** What was used since {@code earlier}. */
        Reading since(Reading earlier) {
            return new Reading(
                    seconds - earlier.seconds,
                    compilerSeconds - earlier.compilerSeconds,
                    collectorSeconds - earlier.collectorSeconds);
        }

        /** The compilers' share of the CPU; NaN when nothing was used. */
        double compilerShare() {
            return seconds > 0 ? compilerSeconds / seconds : Double.NaN;
        }

        /** The garbage collector's share of the CPU; NaN when nothing was used. */
        double collectorShare() {
            return seconds > 0 ? collectorSeconds / seconds : Double.NaN;
        }
    }

    /**
     * The JVM's JIT compiler threads ("C1 CompilerThre...", "C2 CompilerThre...": Linux keeps 15
     * characters of a thread's name). A compiler thread the JVM ends takes its seconds with it; on two
     * cores the JVM keeps one of each.
     */
    private static final Predicate<String> COMPILER = name -> name.contains("CompilerThre");

    /**
     * G1's threads: its parallel workers ("GC Thread#0"), concurrent markers and refiners ("G1 Conc#0",
     * "G1 Main Marker", "G1 Refine#0") and its service thread.
     */
    private static final Predicate<String> COLLECTOR = name -> name.startsWith("GC Thread") || name.startsWith("G1 ");

    /** User and system CPU seconds of all the server's threads so far. */
    double seconds() {
        return cpuSeconds(stat(pid));
    }

    /** CPU seconds so far of the server's threads whose names {@code named} accepts. */
    private double threadsSeconds(Predicate<String> named) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return threads.filter(thread -> named.test(name(thread).strip()))
                    .mapToDouble(ServerCpu::threadSeconds)
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path thread) {
        try {
            return Files.readString(thread.resolve("comm"));
        } catch (IOException ended) {
            return "";
        }
    }

    /** A thread's CPU seconds; 0 for one that ended between listing and reading. */
    private static double threadSeconds(Path thread) {
        try {
            return cpuSeconds(thread.resolve("stat"));
        } catch (UncheckedIOException ended) {
            return 0;
        }
    }

    private static double cpuSeconds(Path stat) {
        try {
            String line = Files.readString(stat);
            // the fields after the command name, which is in brackets and may hold spaces
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long user = Long.parseLong(fields[11]);
            long system = Long.parseLong(fields[12]);
            return (user + system) / TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path stat(long pid) {
        return Path.of("/proc", Long.toString(pid), "stat");
    }
}
