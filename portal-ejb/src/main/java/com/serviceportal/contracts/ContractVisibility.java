package com.serviceportal.contracts;

import com.serviceportal.platform.IdList;
import com.serviceportal.security.AccessScope;
import com.serviceportal.security.ScopeCondition;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which contracts a scope sees, as one JPQL condition that the Contracts page and the calendar share
 * (decision 0051: the calendar holds what the lists hold): the contracts of the customers in the
 * scope, and a company's contracts on the whole company, which cover its sites. Staff see every one.
 */
public final class ContractVisibility {

    private ContractVisibility() {}

    /** The condition on contract {@code k}, in parentheses, to be joined to a query's WHERE with AND. */
    public static ScopeCondition of(EntityManager em, AccessScope scope, String k) {
        ScopeCondition visible = ScopeCondition.customers(scope, k + ".customer.id");
        if (scope.isStaff()) {
            return visible;
        }
        ScopeCondition sites = ScopeCondition.customers(scope, "c.id");
        Set<Long> companies = new HashSet<>(sites.bind(em.createQuery(
                        "SELECT c.parent.id FROM Customer c WHERE " + sites.text() + " AND c.parent IS NOT NULL",
                        Long.class))
                .getResultList());
        if (companies.isEmpty()) {
            // no second condition: EclipseLink types FALSE beside "1 = 0" as a number
            return visible;
        }
        Map<String, Object> parameters = new LinkedHashMap<>(visible.parameters());
        String ofCompanies = IdList.jpql(k + ".customer.id", companies, "companies", parameters);
        return new ScopeCondition(
                "(" + visible.text() + " OR (" + k + ".equipment IS NULL AND " + k + ".coversItems = FALSE AND "
                        + ofCompanies + "))",
                parameters);
    }
}
