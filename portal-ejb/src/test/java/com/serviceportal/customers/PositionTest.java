package com.serviceportal.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PositionTest {

    @Test
    void degreesInRangeWithAPointOrACommaArePositions() {
        assertEquals(List.of(), Position.problems("57,70887", "-11.97456"));
        Position position = Position.of("57,70887", "-11.97456");
        assertEquals("57.70887", position.getLatitude());
        assertEquals("-11.97456", position.getLongitude());
        assertEquals(
                "https://www.openstreetmap.org/?mlat=57.70887&mlon=-11.97456#map=16/57.70887/-11.97456",
                position.getMapAddress());
    }

    @Test
    void outOfRangeOrNoNumberIsRefusedPerHalf() {
        assertEquals(List.of("contact.error.latitude"), Position.problems("90.5", "180"));
        assertEquals(List.of("contact.error.longitude"), Position.problems("-90", "-180.000001"));
        assertEquals(List.of("contact.error.latitude", "contact.error.longitude"), Position.problems("N 57", "1e2"));
    }

    @Test
    void oneHalfWithoutTheOtherIsRefusedBesideTheMissingOne() {
        assertEquals(List.of("contact.error.longitudeMissing"), Position.problems("57", null));
        assertEquals(List.of("contact.error.latitudeMissing"), Position.problems(null, "11"));
        assertEquals(List.of(), Position.problems(null, null));
        assertNull(Position.of(null, null));
    }

    @Test
    void moreThanSixDecimalsAreRoundedToAboutATenthOfAMetre() {
        assertEquals("57.708871", Position.of("57.7088705", "11").getLatitude());
    }
}
