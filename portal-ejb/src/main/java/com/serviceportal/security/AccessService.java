package com.serviceportal.security;

import com.serviceportal.customers.Contact;
import com.serviceportal.platform.IdList;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves an account to the customers it may see: the contact's customer and every site below
 * it, narrowed to the chosen sites when the contact does not see all of them (decision 0016). The
 * set is resolved once per request, so the lists keep their single query with {@code IN}. Within
 * its company's tree a contact also sees the cases raised by or for it ("my cases"), whatever sites
 * were chosen.
 */
@Stateless
@Internal
public class AccessService {

    @PersistenceContext
    private EntityManager em;

    public AccessScope scopeOf(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || !account.isEnabled()) {
            throw new NotSignedInException();
        }
        if (account.getRole().isStaff()) {
            return new AccessScope.Everyone(accountId, account.getRole());
        }
        Contact contact = account.getContact();
        if (contact == null) {
            // a customer login that belongs to no contact sees nothing, never everything
            return new AccessScope.Customers(accountId, null, null, Set.of(), Set.of());
        }
        if (contact.isDeleted()) {
            throw new NotSignedInException();
        }
        return scopeOf(accountId, contact);
    }

    /**
     * Whether a contact still sees a case, so that mail about it reaches only a contact who could
     * open it: never a deleted one, nor one moved away from the case's customer.
     */
    public boolean contactSeesCase(Contact contact, long customerId) {
        if (contact == null || contact.isDeleted()) {
            return false;
        }
        return scopeOf(0, contact).seesCase(customerId, contact.getId());
    }

    /**
     * What a contact sees, read by the desk on the contact's behalf (its Items tab lists what the
     * contact's portal lists); a deleted contact sees nothing.
     */
    public AccessScope scopeOfContact(Contact contact) {
        if (contact.isDeleted()) {
            return new AccessScope.Customers(0, contact.getId(), null, Set.of(), Set.of());
        }
        return scopeOf(0, contact);
    }

    private AccessScope.Customers scopeOf(long accountId, Contact contact) {
        long home = contact.getCustomer().getId();
        Set<Long> tree = withDescendants(home);
        Set<Long> visible = new HashSet<>(tree);
        if (!contact.isAllSites()) {
            // chosen sites narrow the tree; a site chosen elsewhere is ignored, never added
            visible.retainAll(contact.getSiteIds());
        }
        return new AccessScope.Customers(accountId, contact.getId(), home, visible, tree);
    }

    /** The customer and every customer below it, one tree level per query (per slice of a level). */
    private Set<Long> withDescendants(long customerId) {
        Set<Long> all = new HashSet<>(Set.of(customerId));
        List<Long> level = List.of(customerId);
        while (!level.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (List<Long> parents : IdList.slices(level)) {
                em.createQuery("SELECT c.id FROM Customer c WHERE c.parent.id IN :parents", Long.class)
                        .setParameter("parents", parents)
                        .getResultStream()
                        .filter(all::add)
                        .forEach(next::add);
            }
            level = next;
        }
        return all;
    }
}
