package com.serviceportal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryScheduleTest {

    private final DeliverySchedule schedule = new DeliverySchedule(
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(5));

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
        DeliverySchedule defaults = DeliverySchedule.from(name -> Optional.empty());
        assertEquals(Duration.ofSeconds(10), defaults.interval());
        assertEquals(Duration.ofSeconds(30), defaults.firstRetry());
        assertEquals(Duration.ofHours(1), defaults.longestRetry());
        assertEquals(Duration.ofMinutes(5), defaults.claim());
    }

    @Test
    void settingsShortenTheScheduleForTests() {
        DeliverySchedule quick = from(Map.of(
                DeliverySchedule.INTERVAL, "1",
                DeliverySchedule.FIRST_RETRY, "2",
                DeliverySchedule.LONGEST_RETRY, " 5 ",
                DeliverySchedule.CLAIM, "60"));
        assertEquals(Duration.ofSeconds(1), quick.interval());
        assertEquals(Duration.ofSeconds(2), quick.retryDelay(1));
        assertEquals(Duration.ofSeconds(4), quick.retryDelay(2));
        assertEquals(Duration.ofSeconds(5), quick.retryDelay(3));
        assertEquals(Duration.ofSeconds(60), quick.claim());
    }

    @Test
    void mailIsStuckOnceALongestRetryAClaimAndATickHavePassed() {
        assertEquals(Duration.ofSeconds(300 + 2 * 10), schedule.stuckAfter());
    }

    @Test
    void nonsenseIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> from(Map.of(DeliverySchedule.INTERVAL, "soon")));
        assertThrows(IllegalArgumentException.class, () -> from(Map.of(DeliverySchedule.CLAIM, "0")));
        assertThrows(
                IllegalArgumentException.class,
                () -> new DeliverySchedule(
                        Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(5)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new DeliverySchedule(
                        Duration.ZERO, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(5)));
    }

    private static DeliverySchedule from(Map<String, String> settings) {
        return DeliverySchedule.from(name -> Optional.ofNullable(settings.get(name)));
    }
}
