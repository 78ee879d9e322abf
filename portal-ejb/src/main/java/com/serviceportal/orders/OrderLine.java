package com.serviceportal.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** One article on a work order: how many, at what price, and what it cost us. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_line_seq")
    @SequenceGenerator(name = "order_line_seq", sequenceName = "order_line_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_order_id", nullable = false)
    private WorkOrder workOrder;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @NotBlank
    @Size(max = 40)
    @Column(nullable = false)
    private String article;

    @Size(max = 200)
    private String description;

    @NotNull
    @Column(nullable = false, precision = 12, scale = 3)
    private BigDecimal quantity;

    @NotNull
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal price;

    /** What the article cost us; shown only to contacts allowed to see purchase prices. */
    @Column(name = "purchase_price", precision = 14, scale = 2)
    private BigDecimal purchasePrice;

    @Version
    private long version;

    protected OrderLine() {}

    public OrderLine(WorkOrder workOrder, int lineNumber, String article, BigDecimal quantity, BigDecimal price) {
        this.workOrder = workOrder;
        this.lineNumber = lineNumber;
        this.article = article;
        this.quantity = quantity;
        this.price = price;
    }

    void change(String article, BigDecimal quantity, BigDecimal price) {
        this.article = article;
        this.quantity = quantity;
        this.price = price;
    }

    public Long getId() {
        return id;
    }

    public WorkOrder getWorkOrder() {
        return workOrder;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getArticle() {
        return article;
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

    public BigDecimal getPrice() {
        return price;
    }

    public BigDecimal getPurchasePrice() {
        return purchasePrice;
    }

    public void setPurchasePrice(BigDecimal purchasePrice) {
        this.purchasePrice = purchasePrice;
    }

    /**
     * Quantity times price, rounded half up to the cent: what the line shows and adds to the order's
     * value, so the lines as shown add up to the total (1.5 × 99.99 is 149.99, not 149.985).
     */
    public BigDecimal getValue() {
        return quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
    }
}
