package com.serviceportal.security;

import com.serviceportal.customers.Contact;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves an account to the customers it may see: the contact's customer and every site below
 * it, narrowed to the chosen sites when the contact does not see all of them (decision 0016). The
 * set is resolved once per request, so the lists keep their single query with {@code IN}.
 */
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
        Contact contact = account.getContact();
        if (contact.isDeleted()) {
            throw new NotSignedInException();
        }
        long home = contact.getCustomer().getId();
        Set<Long> tree = withDescendants(home);
        if (!contact.isAllSites()) {
            // chosen sites narrow the tree; a site chosen elsewhere is ignored, never added
            tree.retainAll(contact.getSiteIds());
        }
        return new AccessScope(accountId, account.getRole(), contact.getId(), home, tree);
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
