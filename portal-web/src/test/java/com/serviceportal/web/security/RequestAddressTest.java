package com.serviceportal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestAddressTest {

    @Test
    void aClientCannotChooseItsAddressByHeader() {
        assertEquals("198.51.100.7", RequestAddress.of("198.51.100.7", List.of("203.0.113.1"), Set.of()));
        assertEquals("198.51.100.7", RequestAddress.of("198.51.100.7", List.of("203.0.113.1"), Set.of("10.0.0.5")));
    }

    @Test
    void behindATrustedBalancerTheLastAddressNotAddedByATrustedProxyCounts() {
        Set<String> balancers = Set.of("10.0.0.5", "10.0.0.6");
        // the client may put anything first; the balancers append what they saw
        assertEquals(
                "203.0.113.9", RequestAddress.of("10.0.0.5", List.of("1.2.3.4, 203.0.113.9", "10.0.0.6"), balancers));
        assertEquals("10.0.0.5", RequestAddress.of("10.0.0.5", List.of(), balancers), "no header: the balancer itself");
    }
}
