package com.serviceportal.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A GPS position in decimal degrees, as a map shows it: latitude -90 to 90, longitude -180 to 180,
 * kept to six decimals (about 0.1 m). Typed with a decimal point or a decimal comma.
 */
@Embeddable
public class Position implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int DECIMALS = 6;
    private static final Pattern DEGREES = Pattern.compile("[+-]?\\d{1,3}(\\.\\d+)?");

    @Column(name = "latitude", precision = 8, scale = DECIMALS)
    private BigDecimal latitude;

    @Column(name = "longitude", precision = 9, scale = DECIMALS)
    private BigDecimal longitude;

    protected Position() {}

    private Position(BigDecimal latitude, BigDecimal longitude) {
        this.latitude = latitude.setScale(DECIMALS, RoundingMode.HALF_UP);
        this.longitude = longitude.setScale(DECIMALS, RoundingMode.HALF_UP);
    }

    /**
     * The problems of a typed position, each by its message key: a value that is no number of degrees
     * or out of range, or one half given without the other. Blank halves are no position at all.
     */
    public static List<String> problems(String latitude, String longitude) {
        List<String> problems = new ArrayList<>();
        BigDecimal lat = degrees(latitude);
        BigDecimal lon = degrees(longitude);
        if (latitude != null && (lat == null || lat.abs().compareTo(BigDecimal.valueOf(90)) > 0)) {
            problems.add("contact.error.latitude");
        }
        if (longitude != null && (lon == null || lon.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            problems.add("contact.error.longitude");
        }
        if (latitude == null && longitude != null) {
            problems.add("contact.error.latitudeMissing");
        }
        if (longitude == null && latitude != null) {
            problems.add("contact.error.longitudeMissing");
        }
        return problems;
    }

    /** The typed position, once {@link #problems} found none; {@code null} when none was typed. */
    public static Position of(String latitude, String longitude) {
        if (latitude == null || longitude == null) {
            return null;
        }
        return new Position(degrees(latitude), degrees(longitude));
    }

    private static BigDecimal degrees(String text) {
        if (text == null) {
            return null;
        }
        String number = text.strip().replace(',', '.');
        return DEGREES.matcher(number).matches() ? new BigDecimal(number) : null;
    }

    boolean isKnown() {
        return latitude != null && longitude != null;
    }

    public String getLatitude() {
        return latitude.stripTrailingZeros().toPlainString();
    }

    public String getLongitude() {
        return longitude.stripTrailingZeros().toPlainString();
    }

    /** The position on OpenStreetMap, with a marker. */
    public String getMapAddress() {
        return String.format(
                Locale.ROOT,
                "https://www.openstreetmap.org/?mlat=%1$s&mlon=%2$s#map=16/%1$s/%2$s",
                getLatitude(),
                getLongitude());
    }
}
