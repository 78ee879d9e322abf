package com.serviceportal.benchmark.throughput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
        return ofPidFile(PAYARA.resolve(Path.of("glassfish", "domains", "portal-it", "config", "pid")));
    }

    /** An instance of the cluster tier's group ({@code portal-1}, {@code portal-2}), if it runs on Linux. */
    static Optional<ServerCpu> ofClusterInstance(String name) {
        return ofPidFile(PAYARA.resolve(Path.of("glassfish", "nodes", "portal-node", name, "config", "pid")));
    }

    /**
     * By the pid Payara writes to a server's {@code config/pid}: a process's command line as Java reads
     * it stops at 4,096 characters, before Payara's names the domain or instance.
     */
    private static Optional<ServerCpu> ofPidFile(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .map(process -> new ServerCpu(pid))
                    .filter(server -> Files.isReadable(stat(server.pid)));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What a group of servers has used so far: CPU seconds in all, and of that their JIT compilers'. */
    record Reading(double seconds, double compilerSeconds) {

        static Reading of(List<ServerCpu> servers) {
            return new Reading(
                    servers.stream().mapToDouble(ServerCpu::seconds).sum(),
                    servers.stream().mapToDouble(ServerCpu::compilerSeconds).sum());
        }

        /** What was used since {@code earlier}. */
        Reading since(Reading earlier) {
            return new Reading(seconds - earlier.seconds, compilerSeconds - earlier.compilerSeconds);
        }

        /** The compilers' share of the CPU; NaN when nothing was used. */
        double compilerShare() {
            return seconds > 0 ? compilerSeconds / seconds : Double.NaN;
        }
    }

    /** User and system CPU seconds of all the server's threads so far. */
    double seconds() {
        return cpuSeconds(stat(pid));
    }

    /**
     * CPU seconds of the JVM's JIT compiler threads so far ("C1 CompilerThre...", "C2 CompilerThre...").
     * A compiler thread the JVM ends takes its seconds with it; on two cores the JVM keeps one of each.
     */
    double compilerSeconds() {
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return threads.filter(thread -> name(thread).contains("CompilerThre"))
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
