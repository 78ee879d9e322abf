package com.serviceportal.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The running JVM of a Payara Server, found by the pid Payara writes to the server's {@code config/pid}:
 * a Java program sees at most 4,096 characters of another process's command line, and Payara's is
 * longer before it names the domain or instance.
 */
public final class ServerProcess {

    private ServerProcess() {}

    /** The JVM of the domain {@code domain} of the Payara Server installed at {@code payara}. */
    public static Optional<ProcessHandle> ofDomain(Path payara, String domain) {
        return ofPidFile(payara.resolve(Path.of("glassfish", "domains", domain, "config", "pid")));
    }

    /** The JVM of the instance {@code instance} on the node {@code node}. */
    public static Optional<ProcessHandle> ofInstance(Path payara, String node, String instance) {
        return ofPidFile(payara.resolve(Path.of("glassfish", "nodes", node, instance, "config", "pid")));
    }

    /** Empty when the server never started, has stopped, or left a pid that no process has now. */
    private static Optional<ProcessHandle> ofPidFile(Path pidFile) {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                    .filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
