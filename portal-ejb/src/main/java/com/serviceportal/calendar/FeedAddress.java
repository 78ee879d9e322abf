package com.serviceportal.calendar;

import java.io.Serializable;
import java.time.Instant;

/**
 * A contact's calendar address as its page shows it.
 *
 * @param path the address from the portal's root, only right after it was made ({@code null} later:
 *     only its hash is kept)
 * @param madeAt when the current address was made; {@code null} when the contact has none
 * @param version the version the page read, {@value #NONE} when there is no address yet
 */
public record FeedAddress(String path, Instant madeAt, long version) implements Serializable {

    public static final long NONE = -1;

    public boolean exists() {
        return madeAt != null;
    }
}
