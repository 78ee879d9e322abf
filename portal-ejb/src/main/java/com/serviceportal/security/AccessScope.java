package com.serviceportal.security;

import com.serviceportal.platform.NotFoundException;
import java.util.Set;

/**
 * What one caller may see, as one of two values that cannot be mistaken for each other: staff see
 * {@link Everyone}, a contact sees {@link Customers} (its own customer and, on a company, the sites
 * below it, or the sites chosen for it), which may be none. Queries never read the customers
 * themselves: {@link ScopeCondition} is the one place that turns a scope into a query condition, so
 * an empty set of customers matches nothing.
 */
public sealed interface AccessScope permits AccessScope.Everyone, AccessScope.Customers {

    /** The signed-in account. */
    long accountId();

    /** Its role. */
    Role role();

    /** The contact behind a customer login, {@code null} for staff. */
    Long contactId();

    /** The contact's own customer (company or site), {@code null} for staff. */
    Long homeCustomerId();

    /** Whether the caller sees the records of the customer. */
    boolean sees(long customerId);

    /** Whether the caller sees a case of the customer raised by or for the given contact. */
    default boolean seesCase(long customerId, Long raisedByContactId) {
        return sees(customerId);
    }

    default boolean isStaff() {
        return this instanceof Everyone;
    }

    /** Refuses a customer outside the scope exactly as if it did not exist. */
    default void requireVisible(long customerId) {
        if (!sees(customerId)) {
            throw new NotFoundException();
        }
    }

    /** Service-desk staff: every customer. */
    record Everyone(long accountId, Role role) implements AccessScope {

        public Everyone {
            if (!role.isStaff()) {
                throw new IllegalArgumentException("Only staff see every customer");
            }
        }

        @Override
        public Long contactId() {
            return null;
        }

        @Override
        public Long homeCustomerId() {
            return null;
        }

        @Override
        public boolean sees(long customerId) {
            return true;
        }
    }

    /**
     * A contact: the customers it sees, possibly none, and the customers of its own company's tree
     * where it still sees the cases it raised itself or that were raised for it ("my cases"), when
     * chosen sites narrow what it sees.
     *
     * @param customerIds the customers whose records the contact sees
     * @param ownCaseCustomerIds the customers whose cases raised by or for the contact it sees
     */
    record Customers(
            long accountId, Long contactId, Long homeCustomerId, Set<Long> customerIds, Set<Long> ownCaseCustomerIds)
            implements AccessScope {

        public Customers {
            customerIds = Set.copyOf(customerIds);
            ownCaseCustomerIds = Set.copyOf(ownCaseCustomerIds);
        }

        @Override
        public Role role() {
            return Role.CUSTOMER;
        }

        @Override
        public boolean sees(long customerId) {
            return customerIds.contains(customerId);
        }

        @Override
        public boolean seesCase(long customerId, Long raisedByContactId) {
            return sees(customerId)
                    || (raisedByContactId != null
                            && raisedByContactId.equals(contactId)
                            && ownCaseCustomerIds.contains(customerId));
        }
    }
}
