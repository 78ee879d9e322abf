package com.serviceportal.it;

import com.serviceportal.cases.Case;
import com.serviceportal.cases.TrackingNote;
import com.serviceportal.notify.CaseMail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Test-only helper of {@link CaseMailIT}: gives a case to a team and a person, and writes a
 * tracking note the way the notes feature will, then hands the note to {@link CaseMail}, all in
 * one transaction as a real change would. Deployed in the EJB module, beside the persistence unit.
 */
@Stateless
public class CaseMailITNotes {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CaseMail caseMail;

    public void assign(long number, String team, String assignee) {
        em.createNativeQuery("UPDATE service_case SET team_id = (SELECT id FROM team WHERE name = ?),"
                        + " assignee_id = (SELECT id FROM user_account WHERE username = ?) WHERE case_number = ?")
                .setParameter(1, team)
                .setParameter(2, assignee)
                .setParameter(3, number)
                .executeUpdate();
    }

    public void addNote(long number, String author, String status, String text) {
        Case noted = em.createQuery("SELECT c FROM Case c WHERE c.number = :number", Case.class)
                .setParameter("number", number)
                .getSingleResult();
        long id = ((Number) em.createNativeQuery("SELECT NEXT VALUE FOR tracking_note_seq")
                        .getSingleResult())
                .longValue();
        em.createNativeQuery("INSERT INTO tracking_note (id, case_id, status_id, author_id, author_name, by_customer,"
                        + " note_text, created_at, version) SELECT ?, ?, s.id, u.id, u.display_name,"
                        + " CASE WHEN u.role = 'CUSTOMER' THEN 1 ELSE 0 END, ?, ?, 0"
                        + " FROM tracking_status s, user_account u WHERE s.name = ? AND u.username = ?")
                .setParameter(1, id)
                .setParameter(2, noted.getId())
                .setParameter(3, text)
                .setParameter(4, Timestamp.from(Instant.now()))
                .setParameter(5, status)
                .setParameter(6, author)
                .executeUpdate();
        TrackingNote note = em.find(TrackingNote.class, id);
        if (note.isByCustomer()) {
            caseMail.customerNoteAdded(noted, note);
        } else {
            caseMail.staffNoteAdded(noted, note);
        }
    }
}
