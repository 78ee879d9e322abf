package com.serviceportal.cases;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.settings.DuplicateNameException;
import com.serviceportal.settings.SettingChangedException;
import com.serviceportal.settings.StillInUseException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The administrator's changes to the tracking statuses. Keeps them usable: exactly one default for
 * new cases (never a complete one, always one available to customers), unique names, at most one
 * status for each customer action (which must be complete and available to customers), and no
 * status deleted while a case or note uses it.
 */
@Stateless
@Allowed(Audience.ADMINISTRATORS)
public class TrackingStatusService {

    private static final int ORDER_STEP = 10;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    public List<StatusEntry> statuses() {
        return em.createQuery("SELECT s FROM TrackingStatus s ORDER BY s.sortOrder, s.name", TrackingStatus.class)
                .getResultStream()
                .map(StatusEntry::of)
                .toList();
    }

    /**
     * Adds a status (no id) or changes one. Making it the default, or giving it a customer action,
     * takes that from the status that had it.
     */
    public void save(@NotNull @Valid StatusEntry entry) {
        String name = entry.getName().strip();
        List<TrackingStatus> sameName = em.createQuery(
                        "SELECT s FROM TrackingStatus s WHERE LOWER(s.name) = :name", TrackingStatus.class)
                .setParameter("name", name.toLowerCase())
                .getResultList();
        if (sameName.stream().anyMatch(s -> !s.getId().equals(entry.getId()))) {
            throw new DuplicateNameException(name);
        }
        if (entry.isDefaultForNew() && entry.isComplete()) {
            throw new BusinessException("settings.status.defaultComplete", name);
        }
        if (entry.isDefaultForNew() && !entry.isAvailableToCustomers()) {
            // a new case's customer would see the desk's internal step
            throw new BusinessException("settings.status.defaultInternal", name);
        }
        if (entry.getCustomerAction() != null && !(entry.isComplete() && entry.isAvailableToCustomers())) {
            throw new BusinessException(
                    "settings.status.actionNeedsComplete",
                    name,
                    entry.getCustomerAction().name());
        }

        TrackingStatus status;
        if (entry.getId() == null) {
            status = new TrackingStatus(name, entry.getSortOrder() > 0 ? entry.getSortOrder() : nextOrder());
            em.persist(status);
        } else {
            status = find(entry.getId());
            SettingChangedException.unlessCurrent(status.getVersion(), entry.getVersion(), status.getName());
            if (status.isDefaultForNew() && !entry.isDefaultForNew()) {
                throw new BusinessException("settings.status.defaultRequired");
            }
            status.rename(name, entry.getSortOrder());
            if (status.isComplete() != entry.isComplete()) {
                // Cases, and the words their lists search by, keep a copy of the flag.
                em.createQuery("UPDATE Case c SET c.complete = :complete, c.version = c.version + 1"
                                + " WHERE c.status = :status")
                        .setParameter("complete", entry.isComplete())
                        .setParameter("status", status)
                        .executeUpdate();
                em.createNativeQuery("UPDATE case_word SET complete = ?"
                                + " WHERE case_id IN (SELECT c.id FROM service_case c WHERE c.status_id = ?)")
                        .setParameter(1, entry.isComplete())
                        .setParameter(2, status.getId())
                        .executeUpdate();
            }
        }
        status.setNameSv(entry.getNameSv());
        status.setFlags(entry.isAvailableToCustomers(), entry.isComplete());
        status.setPausesClock(entry.isPausesClock());

        if (entry.isDefaultForNew() && !status.isDefaultForNew()) {
            em.createQuery("SELECT s FROM TrackingStatus s WHERE s.defaultForNew = TRUE", TrackingStatus.class)
                    .getResultStream()
                    .forEach(old -> old.setDefaultForNew(false));
            status.setDefaultForNew(true);
        }
        if (entry.getCustomerAction() != status.getCustomerAction()) {
            if (entry.getCustomerAction() != null) {
                em.createQuery("SELECT s FROM TrackingStatus s WHERE s.customerAction = :action", TrackingStatus.class)
                        .setParameter("action", entry.getCustomerAction())
                        .getResultStream()
                        .forEach(old -> old.setCustomerAction(null));
            }
            status.setCustomerAction(entry.getCustomerAction());
        }
    }

    /**
     * Deletes a status that no case is in, none shows its customer (a case moved on to an internal
     * status still shows the last one available to customers) and no note has set; the default
     * cannot go.
     */
    public void delete(long id) {
        TrackingStatus status = find(id);
        if (status.isDefaultForNew()) {
            throw new BusinessException("settings.status.defaultNotDeletable", status.getName());
        }
        long uses = em.createQuery(
                                "SELECT COUNT(c) FROM Case c WHERE c.status = :status OR c.customerStatus = :status",
                                Long.class)
                        .setParameter("status", status)
                        .getSingleResult()
                + em.createQuery("SELECT COUNT(n) FROM TrackingNote n WHERE n.status = :status", Long.class)
                        .setParameter("status", status)
                        .getSingleResult();
        if (uses > 0) {
            throw new StillInUseException(status.getName(), uses);
        }
        em.remove(status);
    }

    private TrackingStatus find(long id) {
        TrackingStatus status = em.find(TrackingStatus.class, id);
        if (status == null) {
            throw new NotFoundException();
        }
        return status;
    }

    private int nextOrder() {
        Integer last = em.createQuery("SELECT MAX(s.sortOrder) FROM TrackingStatus s", Integer.class)
                .getSingleResult();
        return (last == null ? 0 : last) + ORDER_STEP;
    }
}
