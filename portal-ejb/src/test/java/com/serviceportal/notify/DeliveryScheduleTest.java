package com.serviceportal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeliveryScheduleTest {

    private final DeliverySchedule schedule =
            new DeliverySchedule(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofHours(1));

    @AfterEach
    void clearProperties() {
        System.clearProperty(DeliverySchedule.INTERVAL);
        System.clearProperty(DeliverySchedule.FIRST_RETRY);
        System.clearProperty(DeliverySchedule.LONGEST_RETRY);
    }

    @Test
    void waitDoublesWithEachFailureFromTheFirstRetry() {
        assertEquals(Duration.ofSeconds(30), schedule.retryDelay(1));
        assertEquals(Duration.ofSeconds(60), schedule.retryDelay(2));
        assertEquals(Duration.ofSeconds(120), schedule.retryDelay(3));
        assertEquals(Duration.ofSeconds(1920), schedule.retryDelay(7));
    }

    @Test
    void waitStopsGrowingAtTheLongestRetry() {
        assertEquals(Duration.ofHours(1), schedule.retryDelay(8));
        assertEquals(Duration.ofHours(1), schedule.retryDelay(31));
        assertEquals(Duration.ofHours(1), schedule.retryDelay(10_000));
    }

    @Test
    void productionDefaultsWhenNothingIsSet() {
        DeliverySchedule defaults = DeliverySchedule.fromSystemProperties();
        assertEquals(Duration.ofSeconds(10), defaults.interval());
        assertEquals(Duration.ofSeconds(30), defaults.firstRetry());
        assertEquals(Duration.ofHours(1), defaults.longestRetry());
    }

    @Test
    void systemPropertiesShortenTheScheduleForTests() {
        System.setProperty(DeliverySchedule.INTERVAL, "1");
        System.setProperty(DeliverySchedule.FIRST_RETRY, "2");
        System.setProperty(DeliverySchedule.LONGEST_RETRY, "5");
        DeliverySchedule quick = DeliverySchedule.fromSystemProperties();
        assertEquals(Duration.ofSeconds(1), quick.interval());
        assertEquals(Duration.ofSeconds(2), quick.retryDelay(1));
        assertEquals(Duration.ofSeconds(4), quick.retryDelay(2));
        assertEquals(Duration.ofSeconds(5), quick.retryDelay(3));
    }

    @Test
    void nonsenseIsRefusedAtStart() {
        System.setProperty(DeliverySchedule.INTERVAL, "soon");
        assertThrows(IllegalArgumentException.class, DeliverySchedule::fromSystemProperties);
        assertThrows(
                IllegalArgumentException.class,
                () -> new DeliverySchedule(Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new DeliverySchedule(Duration.ZERO, Duration.ofSeconds(30), Duration.ofHours(1)));
    }
}
