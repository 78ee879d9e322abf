package com.serviceportal.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The address the current request came from, as the web module worked it out (behind a load balancer,
 * the client's address the balancer forwards). The security log records it.
 */
@RequestScoped
public class ClientAddress {

    private String address;

    public void set(String address) {
        this.address = address;
    }

    public Optional<String> value() {
        return Optional.ofNullable(address);
    }
}
