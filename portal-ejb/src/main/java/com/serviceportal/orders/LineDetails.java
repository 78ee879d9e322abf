package com.serviceportal.orders;

import java.io.Serializable;
import java.math.BigDecimal;

/** One order line as shown; {@code purchasePrice} is {@code null} for whoever may not see it. */
public record LineDetails(
        long id,
        int lineNumber,
        String article,
        String description,
        BigDecimal quantity,
        BigDecimal price,
        BigDecimal purchasePrice,
        BigDecimal value)
        implements Serializable {

    static LineDetails of(OrderLine line, boolean withPurchasePrice) {
        return new LineDetails(
                line.getId(),
                line.getLineNumber(),
                line.getArticle(),
                line.getDescription(),
                line.getQuantity(),
                line.getPrice(),
                withPurchasePrice ? line.getPurchasePrice() : null,
                line.getValue());
    }
}
