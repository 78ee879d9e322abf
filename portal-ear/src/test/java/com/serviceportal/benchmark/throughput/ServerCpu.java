package com.serviceportal.benchmark.throughput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The CPU time the test server's process has used so far, from Linux's {@code /proc}. Divided by the
 * requests of a run it gives a figure that other work on the machine hardly moves, unlike requests/s:
 * what one request costs the server.
 */
final class ServerCpu {

    /** Linux's clock ticks per second, in which {@code /proc/PID/stat} counts CPU time. */
    private static final double TICKS_PER_SECOND = 100;

    private final long pid;

    private ServerCpu(long pid) {
        this.pid = pid;
    }

    /** The Payara Server of this build's test domain, if it runs on Linux. */
    static Optional<ServerCpu> ofTestDomain() {
        String payara = Path.of("target", "payara6").toAbsolutePath().toString();
        return ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .commandLine()
                        .filter(line -> line.contains(payara) && line.contains("-domainname portal-it"))
                        .isPresent())
                .map(process -> new ServerCpu(process.pid()))
                .filter(server -> Files.isReadable(server.stat()))
                .findFirst();
    }

    /** User and system CPU seconds of all the server's threads so far. */
    double seconds() {
        try {
            String stat = Files.readString(stat());
            // the fields after the command name, which is in brackets and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long user = Long.parseLong(fields[11]);
            long system = Long.parseLong(fields[12]);
            return (user + system) / TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path stat() {
        return Path.of("/proc", Long.toString(pid), "stat");
    }
}
