package com.serviceportal.contracts;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The time recorded against a contract: per case (summary) and per note (detail).
 *
 * @param cases one line per case: its notes with time and their total
 * @param notes every note with time, newest last
 * @param totalMinutes all time recorded against the contract, every period
 */
public record ContractAudit(List<CaseLine> cases, List<NoteLine> notes, int totalMinutes) implements Serializable {

    public ContractAudit {
        cases = List.copyOf(cases);
        notes = List.copyOf(notes);
    }

    public List<CaseLine> getCases() {
        return cases;
    }

    public List<NoteLine> getNotes() {
        return notes;
    }

    public String getTotal() {
        return Hours.format(totalMinutes);
    }

    /** One case's time against the contract. */
    public record CaseLine(long number, String summary, int noteCount, int minutes) implements Serializable {

        public long getNumber() {
            return number;
        }

        public String getSummary() {
            return summary;
        }

        public int getNoteCount() {
            return noteCount;
        }

        public String getTime() {
            return Hours.format(minutes);
        }
    }

    /** One note's time against the contract. */
    public record NoteLine(long caseNumber, Instant createdAt, String author, int minutes, String text)
            implements Serializable {

        public long getCaseNumber() {
            return caseNumber;
        }

        public Instant getCreatedAt() {
            return createdAt;
        }

        public String getAuthor() {
            return author;
        }

        public String getTime() {
            return Hours.format(minutes);
        }

        public String getText() {
            return text;
        }
    }
}
