package com.serviceportal.security;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Resolves an account to the customers it may see. */
@Stateless
public class AccessService {

    @PersistenceContext
    private EntityManager em;

    public AccessScope scopeOf(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || !account.isEnabled()) {
            throw new NotSignedInException();
        }
        if (account.getRole().isStaff() || account.getContact() == null) {
            return new AccessScope(accountId, account.getRole(), null, null, Set.of());
        }
        long home = account.getContact().getCustomer().getId();
        return new AccessScope(
                accountId, account.getRole(), account.getContact().getId(), home, withDescendants(home));
    }

    /** The customer and every customer below it, one tree level per query. */
    private Set<Long> withDescendants(long customerId) {
        Set<Long> all = new HashSet<>(Set.of(customerId));
        List<Long> level = List.of(customerId);
        while (!level.isEmpty()) {
            level = em
                    .createQuery("SELECT c.id FROM Customer c WHERE c.parent.id IN :parents", Long.class)
                    .setParameter("parents", level)
                    .getResultList()
                    .stream()
                    .filter(all::add)
                    .toList();
        }
        return all;
    }
}
