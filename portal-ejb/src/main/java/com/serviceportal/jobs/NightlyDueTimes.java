package com.serviceportal.jobs;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * When the nightly jobs are due: every day at the administrator's time of day, in the server's local
 * date and time. Due times are compared as local date-times, so a time of day that a daylight-saving
 * change skips is due at the first tick after it, and one the change repeats is due once.
 *
 * <p>The configuration property {@value #EVERY_MINUTE}{@code =true} (MicroProfile Config: a system
 * property of the domain or the group's configuration, or an environment variable) makes every minute a
 * due time instead, so that a test of a cluster sees several ticks in a few minutes; production domains
 * never set it.
 *
 * @param timeOfDay when the jobs run each day (seconds ignored)
 * @param everyMinute whether every minute is due instead
 */
record NightlyDueTimes(LocalTime timeOfDay, boolean everyMinute) {

    static final String EVERY_MINUTE = "portal.nightly-jobs.every-minute";

    /** The due times at {@code timeOfDay}, or every minute when the configuration says so. */
    static NightlyDueTimes at(LocalTime timeOfDay) {
        return at(timeOfDay, ConfigProvider.getConfig().getOptionalValue(EVERY_MINUTE, String.class));
    }

    /** The due times at {@code timeOfDay}, or every minute when {@code everyMinute} is "true". */
    static NightlyDueTimes at(LocalTime timeOfDay, Optional<String> everyMinute) {
        return new NightlyDueTimes(
                timeOfDay,
                everyMinute.map(value -> Boolean.parseBoolean(value.strip())).orElse(false));
    }

    /** The latest due time at or before {@code now}. */
    LocalDateTime latestAt(LocalDateTime now) {
        if (everyMinute) {
            return now.truncatedTo(ChronoUnit.MINUTES);
        }
        LocalDateTime today = now.toLocalDate().atTime(timeOfDay.truncatedTo(ChronoUnit.MINUTES));
        return today.isAfter(now) ? today.minusDays(1) : today;
    }
}
