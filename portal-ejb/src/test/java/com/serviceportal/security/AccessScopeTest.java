package com.serviceportal.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.platform.NotFoundException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessScopeTest {

    private static final long COMPANY = 1;
    private static final long SITE_A = 2;
    private static final long SITE_B = 3;
    private static final long OTHER_COMPANY = 4;

    @Test
    void companyContactSeesTheCompanyAndItsSitesOnly() {
        AccessScope company = contactScope(COMPANY, Set.of(COMPANY, SITE_A, SITE_B));

        assertTrue(company.sees(COMPANY));
        assertTrue(company.sees(SITE_A));
        assertTrue(company.sees(SITE_B));
        assertFalse(company.sees(OTHER_COMPANY));
    }

    @Test
    void customerOutsideTheScopeIsAnsweredAsNotFound() {
        AccessScope site = contactScope(SITE_A, Set.of(SITE_A));

        assertDoesNotThrow(() -> site.requireVisible(SITE_A));
        NotFoundException refused = assertThrows(NotFoundException.class, () -> site.requireVisible(SITE_B));
        assertEquals("error.notFound", refused.getMessageKey());
    }

    @Test
    void staffSeeEveryCustomer() {
        AccessScope technician = new AccessScope(9, Role.TECHNICIAN, null, null, Set.of());

        assertTrue(technician.isStaff());
        assertTrue(technician.sees(OTHER_COMPANY));
        assertDoesNotThrow(() -> technician.requireVisible(OTHER_COMPANY));
    }

    @Test
    void scopeCannotBeWidenedAfterItWasResolved() {
        Set<Long> visible = new HashSet<>(Set.of(SITE_A));
        AccessScope site = contactScope(SITE_A, visible);
        visible.add(OTHER_COMPANY);

        assertFalse(site.sees(OTHER_COMPANY));
        assertThrows(UnsupportedOperationException.class, () -> site.visibleCustomerIds()
                .add(OTHER_COMPANY));
    }

    private static AccessScope contactScope(long home, Set<Long> visible) {
        return new AccessScope(7, Role.CUSTOMER, 70L, home, visible);
    }
}
