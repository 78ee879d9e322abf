package com.serviceportal.projects;

import com.serviceportal.customers.Contact;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A request for change ("RFC"): what the desk proposes, what it costs and how many days it adds, and
 * the customer's decision with its comment. It has a version of its own, so a decision taken on a
 * page that shows an older state of the request is refused.
 */
@Entity
@Table(name = "project_change")
public class ChangeRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_part_seq")
    @SequenceGenerator(name = "project_part_seq", sequenceName = "project_part_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "change_number", nullable = false)
    private int number;

    @Column(nullable = false)
    private String description;

    @Column(name = "cost_impact")
    private BigDecimal costImpact;

    @Column(name = "time_impact_days")
    private Integer timeImpactDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeState state = ChangeState.WAITING;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private Contact decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "customer_comment")
    private String comment;

    @Version
    private long version;

    protected ChangeRequest() {}

    ChangeRequest(Project project, int number, NewChange change, Instant raisedAt) {
        this.project = project;
        this.number = number;
        this.description = change.getDescription().strip();
        this.costImpact = change.getCostImpact();
        this.timeImpactDays = change.getTimeImpactDays();
        this.raisedAt = raisedAt;
    }

    void decide(boolean approved, Contact contact, String comment, Instant at) {
        this.state = approved ? ChangeState.APPROVED : ChangeState.REJECTED;
        this.decidedBy = contact;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.decidedAt = at;
    }

    ChangeRow row() {
        return new ChangeRow(
                id,
                version,
                number,
                description,
                costImpact,
                timeImpactDays,
                state,
                raisedAt,
                decidedBy == null ? null : decidedBy.getFullName(),
                decidedAt,
                comment);
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public int getNumber() {
        return number;
    }

    public String getDescription() {
        return description;
    }

    public ChangeState getState() {
        return state;
    }

    public String getComment() {
        return comment;
    }

    public long getVersion() {
        return version;
    }
}
