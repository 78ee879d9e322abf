package com.serviceportal.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.platform.NotFoundException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessScopeTest {

    private static final long COMPANY = 1;
    private static final long SITE_A = 2;
    private static final long SITE_B = 3;
    private static final long OTHER_COMPANY = 4;
    private static final long CONTACT = 70;
    private static final long COLLEAGUE = 71;

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
        AccessScope technician = new AccessScope.Everyone(9, Role.TECHNICIAN);

        assertTrue(technician.isStaff());
        assertTrue(technician.sees(OTHER_COMPANY));
        assertDoesNotThrow(() -> technician.requireVisible(OTHER_COMPANY));
        assertEquals("1 = 1", ScopeCondition.customers(technician, "c.id").text());
    }

    @Test
    void onlyStaffMaySeeEveryone() {
        assertThrows(IllegalArgumentException.class, () -> new AccessScope.Everyone(7, Role.CUSTOMER));
    }

    @Test
    void contactThatSeesNoCustomerSeesNothingAtAll() {
        AccessScope nothing = new AccessScope.Customers(7, CONTACT, COMPANY, Set.of(), Set.of());

        assertFalse(nothing.isStaff());
        assertFalse(nothing.sees(COMPANY));
        ScopeCondition jpql = ScopeCondition.customers(nothing, "c.customer.id");
        assertEquals("1 = 0", jpql.text());
        assertEquals(Map.of(), jpql.parameters());
        assertEquals("1 = 0", ScopeCondition.cases(nothing, "c").text());
        List<Object> parameters = new ArrayList<>();
        assertEquals("1 = 0", ScopeCondition.casesSql(nothing, "c", parameters));
        assertEquals(List.of(), parameters);
    }

    @Test
    void contactsConditionNamesItsCustomers() {
        AccessScope site = contactScope(SITE_A, Set.of(SITE_A, SITE_B));

        ScopeCondition jpql = ScopeCondition.customers(site, "o.site.id");
        assertEquals("o.site.id IN :scopeCustomers", jpql.text());
        assertEquals(Map.of("scopeCustomers", Set.of(SITE_A, SITE_B)), jpql.parameters());
        List<Object> parameters = new ArrayList<>(List.of("before"));
        assertEquals("d.customer_id IN (?, ?)", ScopeCondition.customersSql(site, "d.customer_id", parameters));
        assertEquals(List.of("before", SITE_A, SITE_B), parameters);
    }

    @Test
    void contactNarrowedToChosenSitesStillSeesItsOwnCasesInItsCompany() {
        AccessScope narrowed =
                new AccessScope.Customers(7, CONTACT, COMPANY, Set.of(SITE_A), Set.of(COMPANY, SITE_A, SITE_B));

        assertTrue(narrowed.seesCase(SITE_B, CONTACT), "a case it raised on a site it did not choose");
        assertFalse(narrowed.seesCase(SITE_B, COLLEAGUE), "a colleague's case there");
        assertFalse(narrowed.seesCase(OTHER_COMPANY, CONTACT), "nothing outside its company");
        assertFalse(narrowed.sees(SITE_B), "nor the site's other records");
        List<Object> parameters = new ArrayList<>();
        assertEquals(
                "(c.customer_id IN (?) OR (c.raised_by_contact_id = ? AND c.customer_id IN (?, ?)))",
                ScopeCondition.casesSql(narrowed, "c", parameters),
                "its own cases only where it does not see the customer anyway");
        assertEquals(List.of(SITE_A, CONTACT, COMPANY, SITE_B), parameters);
    }

    @Test
    void aContactThatSeesItsWholeCompanyNeedsNoOwnCasesCondition() {
        AccessScope whole = new AccessScope.Customers(
                7, CONTACT, COMPANY, Set.of(COMPANY, SITE_A, SITE_B), Set.of(COMPANY, SITE_A, SITE_B));

        assertTrue(whole.seesCase(SITE_B, COLLEAGUE));
        List<Object> parameters = new ArrayList<>();
        assertEquals("c.customer_id IN (?, ?, ?)", ScopeCondition.casesSql(whole, "c", parameters));
        assertEquals(3, parameters.size());
        assertEquals(
                "c.customer.id IN :scopeCustomers",
                ScopeCondition.cases(whole, "c").text());
    }

    @Test
    void scopeCannotBeWidenedAfterItWasResolved() {
        Set<Long> visible = new HashSet<>(Set.of(SITE_A));
        AccessScope.Customers site = contactScope(SITE_A, visible);
        visible.add(OTHER_COMPANY);

        assertFalse(site.sees(OTHER_COMPANY));
        assertThrows(
                UnsupportedOperationException.class, () -> site.customerIds().add(OTHER_COMPANY));
    }

    private static AccessScope.Customers contactScope(long home, Set<Long> visible) {
        return new AccessScope.Customers(7, CONTACT, home, visible, visible);
    }
}
