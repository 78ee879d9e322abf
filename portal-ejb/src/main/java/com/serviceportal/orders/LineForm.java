package com.serviceportal.orders;

import com.serviceportal.platform.Difference;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A new order line, or the changes to one ({@code lineId} set). */
public class LineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long lineId;

    @NotBlank
    @Size(max = 40)
    private String article;

    @Size(max = 200)
    private String description;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 9, fraction = 3)
    private BigDecimal quantity = BigDecimal.ONE;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private BigDecimal price;

    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private BigDecimal purchasePrice;

    public static LineForm of(LineDetails line) {
        LineForm form = new LineForm();
        form.lineId = line.id();
        form.article = line.article();
        form.description = line.description();
        form.quantity = line.quantity();
        form.price = line.price();
        form.purchasePrice = line.purchasePrice();
        return form;
    }

    /** Where the line being changed now differs from this form; nothing for a new line. */
    public List<Difference> differencesFrom(OrderDetails current) {
        return current.lines().stream()
                .filter(l -> lineId != null && l.id() == lineId)
                .findFirst()
                .map(now -> Difference.collect()
                        .value("line.article", now.article(), article)
                        .value("line.description", now.description(), description)
                        .value("line.quantity", now.quantity(), quantity)
                        .value("line.price", now.price(), price)
                        .value("line.purchasePrice", now.purchasePrice(), purchasePrice)
                        .list())
                .orElse(List.of());
    }

    public Long getLineId() {
        return lineId;
    }

    public void setLineId(Long lineId) {
        this.lineId = lineId;
    }

    public String getArticle() {
        return article;
    }

    public void setArticle(String article) {
        this.article = article;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public BigDecimal getPurchasePrice() {
        return purchasePrice;
    }

    public void setPurchasePrice(BigDecimal purchasePrice) {
        this.purchasePrice = purchasePrice;
    }
}
