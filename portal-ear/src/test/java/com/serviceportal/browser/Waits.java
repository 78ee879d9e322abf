package com.serviceportal.browser;

import java.time.Clock;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Sleeper;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How a browser test waits for the page: it asks at once, then after 20 ms, 40 and 80, then every
 * 100 ms. Most waits are for the answer to a click, which comes within a few hundred milliseconds;
 * with WebDriverWait's fixed half second between asks, the browser tests spent about a sixth of their
 * time asleep after the answer had come. An ask costs Chromium and its driver about 6 ms of CPU.
 */
public final class Waits {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(20);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(100);

    private Waits() {}

    /** A wait that gives up after {@code timeout}. */
    public static WebDriverWait upTo(WebDriver driver, Duration timeout) {
        return new WebDriverWait(driver, timeout, LONGEST_PAUSE, Clock.systemDefaultZone(), new Backoff());
    }

    /** Pauses twice as long as the time before, from {@link #FIRST_PAUSE} up to {@link #LONGEST_PAUSE}. */
    private static final class Backoff implements Sleeper {

        private Duration next = FIRST_PAUSE;

        @Override
        public void sleep(Duration longest) throws InterruptedException {
            Duration pause = next.compareTo(longest) < 0 ? next : longest;
            next = pause.multipliedBy(2);
            Thread.sleep(pause.toMillis());
        }
    }
}
