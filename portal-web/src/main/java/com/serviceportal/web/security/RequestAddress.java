package com.serviceportal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The client's address of a request. Behind a load balancer every request comes from the balancer, so
 * the addresses of trusted proxies are listed in the system property {@code portal.trusted-proxies}
 * (comma-separated); a request from one of them is taken to come from the last address in its
 * {@code X-Forwarded-For} that is not a trusted proxy. A client cannot forge its address this way:
 * the header counts only when a trusted proxy sends it.
 */
public final class RequestAddress {

    static final String TRUSTED_PROXIES = "portal.trusted-proxies";

    private RequestAddress() {}

    public static String of(HttpServletRequest request) {
        List<String> forwardedFor = Collections.list(request.getHeaders("X-Forwarded-For"));
        return of(request.getRemoteAddr(), forwardedFor, trustedProxies());
    }

    /** The client behind {@code remote}: the last forwarded address that is not a trusted proxy's. */
    static String of(String remote, List<String> forwardedFor, Set<String> trusted) {
        if (!trusted.contains(remote)) {
            return remote;
        }
        List<String> forwarded = forwardedFor.stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .toList();
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            if (!trusted.contains(forwarded.get(i))) {
                return forwarded.get(i);
            }
        }
        return remote;
    }

    private static Set<String> trustedProxies() {
        return Arrays.stream(System.getProperty(TRUSTED_PROXIES, "").split(","))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .collect(Collectors.toSet());
    }
}
