package com.serviceportal.projects;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One project line as the project form edits it and the portal shows it; the purchase price is
 * {@code null} for a reader who may not see it.
 */
public class LineEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 40)
    private String article;

    @Size(max = 200)
    private String description;

    @DecimalMin("0")
    @Digits(integer = 7, fraction = 2)
    private BigDecimal hours;

    @NotNull
    @Digits(integer = 12, fraction = 2)
    private BigDecimal price;

    @Digits(integer = 12, fraction = 2)
    private BigDecimal purchasePrice;

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

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
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
