package com.serviceportal.projects;

import com.serviceportal.customers.Customer;
import com.serviceportal.security.UserAccount;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A project on a customer or a site, with its objectives, work list, requests for change and lines. */
@Entity
@Table(name = "project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "project_number", nullable = false)
    private String number;

    @Column(nullable = false)
    private String name;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status = ProjectStatus.PLANNED;

    @Column(name = "start_date")
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private UserAccount manager;

    private BigDecimal budget;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Objective> objectives = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<WorkItem> workItems = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ChangeRequest> changes = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ProjectLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Project() {}

    Project(Customer customer) {
        this.customer = customer;
    }

    /** Takes the form's project fields; the lists are replaced by the service. */
    void describe(ProjectForm form, Customer customer, UserAccount manager) {
        this.customer = customer;
        this.number = form.getNumber().strip();
        this.name = form.getName().strip();
        this.description = blankToNull(form.getDescription());
        this.status = form.getStatus();
        this.start = form.getStart();
        this.end = form.getEnd();
        this.manager = manager;
        this.budget = form.getBudget();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public UserAccount getManager() {
        return manager;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    List<Objective> objectives() {
        return objectives;
    }

    List<WorkItem> workItems() {
        return workItems;
    }

    List<ChangeRequest> changes() {
        return changes;
    }

    List<ProjectLine> lines() {
        return lines;
    }

    public long getVersion() {
        return version;
    }
}
