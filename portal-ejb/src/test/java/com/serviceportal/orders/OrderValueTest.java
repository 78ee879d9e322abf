package com.serviceportal.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An order's lines are worth what they show, to the cent, and the order the sum of what they show. */
class OrderValueTest {

    @Test
    void aLineIsWorthItsQuantityTimesPriceRoundedHalfUpToTheCent() {
        assertEquals(new BigDecimal("149.99"), line("1.5", "99.99").getValue(), "149.985");
        assertEquals(new BigDecimal("0.63"), line("2.5", "0.25").getValue(), "0.625");
        assertEquals(new BigDecimal("0.62"), line("2.499", "0.25").getValue(), "0.62475");
        assertEquals(new BigDecimal("2400.00"), line("2", "1200").getValue());
    }

    @Test
    void theOrderIsWorthTheSumOfItsLinesAsShown() {
        WorkOrder order = new WorkOrder(1, OrderType.SERVICE, null, "Two short lines", Instant.EPOCH);
        order.getLines().add(line(order, 1, "2.5", "0.25"));
        order.getLines().add(line(order, 2, "2.5", "0.25"));
        assertEquals(new BigDecimal("1.26"), order.getValue(), "0.63 + 0.63, not 0.625 + 0.625");

        WorkOrder empty = new WorkOrder(2, OrderType.INSTALL, null, "Nothing yet", Instant.EPOCH);
        assertEquals(new BigDecimal("0.00"), empty.getValue());
    }

    private static OrderLine line(String quantity, String price) {
        return line(null, 1, quantity, price);
    }

    private static OrderLine line(WorkOrder order, int number, String quantity, String price) {
        return new OrderLine(order, number, "ART", new BigDecimal(quantity), new BigDecimal(price));
    }
}
