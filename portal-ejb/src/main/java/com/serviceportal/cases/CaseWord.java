package com.serviceportal.cases;

import com.serviceportal.platform.SearchWords;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * One word of a case's summary, kept with the case's customer, completeness and creation time: the
 * columns a customer's case list is narrowed and ordered by, so that the list's text filter walks
 * the cases with a word in list order (V24, {@code ix_case_word_list}) instead of testing every case.
 */
@Embeddable
public class CaseWord {

    @Column(nullable = false, length = SearchWords.MAX_LENGTH)
    private String word;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false)
    private boolean complete;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CaseWord() {}

    CaseWord(String word, long customerId, boolean complete, Instant createdAt) {
        this.word = word;
        this.customerId = customerId;
        this.complete = complete;
        this.createdAt = createdAt;
    }

    public String getWord() {
        return word;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseWord that
                && word.equals(that.word)
                && customerId == that.customerId
                && complete == that.complete
                && createdAt.equals(that.createdAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(word, customerId, complete, createdAt);
    }
}
