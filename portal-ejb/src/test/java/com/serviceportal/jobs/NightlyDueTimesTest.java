package com.serviceportal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NightlyDueTimesTest {

    private final NightlyDueTimes atTwo = new NightlyDueTimes(LocalTime.of(2, 0), false);

    @Test
    void beforeTheTimeOfDayTheLatestDueTimeIsYesterdays() {
        assertEquals(at("2026-03-09T02:00"), atTwo.latestAt(at("2026-03-10T01:59:59")));
        assertEquals(at("2026-02-28T02:00"), atTwo.latestAt(at("2026-03-01T00:00")));
    }

    @Test
    void fromTheTimeOfDayOnItIsTodays() {
        assertEquals(at("2026-03-10T02:00"), atTwo.latestAt(at("2026-03-10T02:00")));
        assertEquals(at("2026-03-10T02:00"), atTwo.latestAt(at("2026-03-10T23:59:59")));
    }

    @Test
    void secondsOfTheTimeOfDayAreIgnored() {
        NightlyDueTimes withSeconds = new NightlyDueTimes(LocalTime.of(2, 0, 40), false);
        assertEquals(at("2026-03-10T02:00"), withSeconds.latestAt(at("2026-03-10T02:00:10")));
    }

    @Test
    void everyMinuteIsDueOnlyWhenTheConfigurationSaysSo() {
        LocalDateTime now = at("2026-03-10T01:30:45");
        assertEquals(
                at("2026-03-09T02:00"),
                NightlyDueTimes.at(LocalTime.of(2, 0), Optional.empty()).latestAt(now));
        assertEquals(
                at("2026-03-09T02:00"),
                NightlyDueTimes.at(LocalTime.of(2, 0), Optional.of("false")).latestAt(now));
        assertEquals(
                at("2026-03-10T01:30"),
                NightlyDueTimes.at(LocalTime.of(2, 0), Optional.of(" true")).latestAt(now));
    }

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }
}
