package com.serviceportal.security;

import com.serviceportal.platform.IdList;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where a caller's {@link AccessScope} becomes a query condition, for JPQL and for
 * native SQL alike. Staff get no condition; a contact gets its customers, and a contact that sees
 * no customer gets a condition that matches nothing, never none at all.
 *
 * @param text the condition, to be joined to a query's WHERE with AND
 * @param parameters the named parameters of a JPQL condition (empty for native SQL, whose positional
 *     parameters are added to the caller's list)
 */
public record ScopeCondition(String text, Map<String, Object> parameters) {

    private static final String EVERYTHING = "1 = 1";
    private static final String NOTHING = "1 = 0";

    public ScopeCondition {
        parameters = Map.copyOf(parameters);
    }

    /** JPQL: the records whose customer (the id at {@code customerId}, e.g. {@code o.site.id}) the caller sees. */
    public static ScopeCondition customers(AccessScope scope, String customerId) {
        if (!(scope instanceof AccessScope.Customers contact)) {
            return new ScopeCondition(EVERYTHING, Map.of());
        }
        return in(customerId, contact.customerIds(), "scopeCustomers");
    }

    /**
     * JPQL: the cases (alias {@code c}) the caller sees: those of its customers, and those raised by
     * or for the contact in its own company's tree.
     */
    public static ScopeCondition cases(AccessScope scope, String c) {
        if (!(scope instanceof AccessScope.Customers contact)) {
            return new ScopeCondition(EVERYTHING, Map.of());
        }
        ScopeCondition visible = in(c + ".customer.id", contact.customerIds(), "scopeCustomers");
        // as casesSql: own cases only where the contact does not see the customer anyway
        List<Long> ownOnly = ownCaseOnlyCustomers(contact);
        if (ownOnly.isEmpty()) {
            return visible;
        }
        Map<String, Object> parameters = new LinkedHashMap<>(visible.parameters());
        parameters.put("scopeContact", contact.contactId());
        String ownCases = IdList.jpql(c + ".customer.id", new LinkedHashSet<>(ownOnly), "scopeOwnCases", parameters);
        return new ScopeCondition(
                "(" + visible.text() + " OR (" + c + ".raisedBy.id = :scopeContact AND " + ownCases + "))", parameters);
    }

    /** Native SQL: the rows whose customer column the caller sees; adds its positional parameters. */
    public static String customersSql(AccessScope scope, String customerColumn, List<Object> parameters) {
        if (!(scope instanceof AccessScope.Customers contact)) {
            return EVERYTHING;
        }
        return inSql(customerColumn, contact.customerIds(), parameters);
    }

    /** Native SQL: the cases (table alias {@code c}) the caller sees, as {@link #cases} does in JPQL. */
    public static String casesSql(AccessScope scope, String c, List<Object> parameters) {
        if (!(scope instanceof AccessScope.Customers contact)) {
            return EVERYTHING;
        }
        String visible = inSql(c + ".customer_id", contact.customerIds(), parameters);
        // Own cases count only at customers the contact does not already see: an OR that adds
        // nothing would keep the database from reading the customers' rows by their index alone.
        List<Long> ownOnly = ownCaseOnlyCustomers(contact);
        if (ownOnly.isEmpty()) {
            return visible;
        }
        parameters.add(contact.contactId());
        return "(" + visible + " OR (" + c + ".raised_by_contact_id = ? AND "
                + inSql(c + ".customer_id", new LinkedHashSet<>(ownOnly), parameters) + "))";
    }

    /**
     * The customers the caller sees, in ascending order, for code that splits a query per customer;
     * empty for staff, who are not narrowed to customers at all (ask {@link AccessScope#isStaff()}
     * first), and empty for a contact that sees none.
     */
    public static List<Long> listedCustomers(AccessScope.Customers contact) {
        return contact.customerIds().stream().sorted().toList();
    }

    /** The customers of a contact's own company tree where it sees only the cases it raised. */
    public static List<Long> ownCaseOnlyCustomers(AccessScope.Customers contact) {
        if (contact.contactId() == null) {
            return List.of();
        }
        return contact.ownCaseCustomerIds().stream()
                .filter(id -> !contact.customerIds().contains(id))
                .sorted()
                .toList();
    }

    /** Sets the condition's parameters on a JPQL query. */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static ScopeCondition in(String path, Set<Long> ids, String parameter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        return new ScopeCondition(IdList.jpql(path, ids, parameter, parameters), parameters);
    }

    private static String inSql(String column, Set<Long> ids, List<Object> parameters) {
        return IdList.sql(column, ids, parameters);
    }
}
