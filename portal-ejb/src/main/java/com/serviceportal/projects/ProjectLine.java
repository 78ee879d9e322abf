package com.serviceportal.projects;

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
import java.math.BigDecimal;

/** An article or hours on the project, with its price and purchase price; saved with its project. */
@Entity
@Table(name = "project_line")
public class ProjectLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_part_seq")
    @SequenceGenerator(name = "project_part_seq", sequenceName = "project_part_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private String article;

    private String description;

    private BigDecimal hours;

    @Column(nullable = false)
    private BigDecimal price;

    @Column(name = "purchase_price")
    private BigDecimal purchasePrice;

    protected ProjectLine() {}

    ProjectLine(Project project, int sortOrder, LineEntry entry) {
        this.project = project;
        this.sortOrder = sortOrder;
        this.article = entry.getArticle().strip();
        this.description =
                entry.getDescription() == null || entry.getDescription().isBlank()
                        ? null
                        : entry.getDescription().strip();
        this.hours = entry.getHours();
        this.price = entry.getPrice();
        this.purchasePrice = entry.getPurchasePrice();
    }

    /** The line as the reader may see it: without the purchase price unless {@code purchasePrices}. */
    LineEntry entry(boolean purchasePrices) {
        LineEntry entry = new LineEntry();
        entry.setArticle(article);
        entry.setDescription(description);
        entry.setHours(hours);
        entry.setPrice(price);
        entry.setPurchasePrice(purchasePrices ? purchasePrice : null);
        return entry;
    }
}
