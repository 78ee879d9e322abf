package com.serviceportal.security;

import com.serviceportal.platform.NotFoundException;
import java.util.Set;

/**
 * What one caller may see. Staff see every customer; a contact sees its own customer and, on a
 * company, every site below it.
 *
 * @param accountId the signed-in account
 * @param role its role
 * @param contactId the contact behind a customer login, {@code null} for staff
 * @param homeCustomerId the contact's own customer (company or site), {@code null} for staff
 * @param visibleCustomerIds the customers a contact sees; empty for staff, who see all
 */
public record AccessScope(
        long accountId, Role role, Long contactId, Long homeCustomerId, Set<Long> visibleCustomerIds) {

    public AccessScope {
        visibleCustomerIds = Set.copyOf(visibleCustomerIds);
    }

    public boolean isStaff() {
        return role.isStaff();
    }

    public boolean sees(long customerId) {
        return isStaff() || visibleCustomerIds.contains(customerId);
    }

    /** Refuses a customer outside the scope exactly as if it did not exist. */
    public void requireVisible(long customerId) {
        if (!sees(customerId)) {
            throw new NotFoundException();
        }
    }
}
