package com.serviceportal.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The order a staff member last chose for the desk's case queue, kept across sign-ins. */
@Entity
@Table(name = "case_queue_sort")
class QueueSort {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "sort_column", nullable = false, length = 20)
    private CaseSort.Column column;

    @Column(name = "sort_ascending", nullable = false)
    private boolean ascending;

    @Version
    private long version;

    protected QueueSort() {}

    QueueSort(long accountId, CaseSort sort) {
        this.accountId = accountId;
        choose(sort);
    }

    void choose(CaseSort sort) {
        this.column = sort.getColumn();
        this.ascending = sort.isAscending();
    }

    CaseSort toSort() {
        return new CaseSort(column, ascending);
    }
}
