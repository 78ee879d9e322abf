package com.serviceportal.contracts;

import com.serviceportal.customers.Customer;
import com.serviceportal.equipment.Equipment;
import jakarta.persistence.Query;

/**
 * Which contracts cover a case (decision 0053), as one JPQL condition that every reader shares: the
 * new-case form's contract choices, the "Pending - no contract" rule and an item's cover. A contract
 * covers a case when it is on the whole customer or on the company above the case's site, when it
 * is on the case's item, or when its list of items holds that item, and the contract is of the case's
 * company.
 */
public final class ContractCover {

    private ContractCover() {}

    /**
     * The condition on contract {@code k} for a case of {@code :customer} (whose company is
     * {@code :company}) about {@code :item}; without an item only the customer's contracts cover it.
     */
    public static String of(String k, boolean withItem) {
        String onCustomer = "(" + k + ".equipment IS NULL AND " + k + ".coversItems = FALSE AND (" + k
                + ".customer = :customer OR " + k + ".customer = :company))";
        // an uncorrelated IN, not MEMBER OF: that joins the list and loses the contracts without one
        String onList = k + ".id IN (SELECT " + k + "l.id FROM Contract " + k + "l JOIN " + k + "l.items " + k
                + "i WHERE " + k + "i = :item)";
        // an item moved to another company leaves its old company's contracts behind: they cover
        // it only while the contract is of the case's company
        String ofCompany = k + ".customer.id IN (SELECT " + k + "c.id FROM Customer " + k + "c WHERE " + k
                + "c = :company OR " + k + "c.parent = :company)";
        return withItem
                ? "(" + onCustomer + " OR ((" + k + ".equipment = :item OR " + onList + ") AND " + ofCompany + "))"
                : onCustomer;
    }

    /** Binds the condition's parameters: the customer, its company and the item when there is one. */
    public static <Q extends Query> Q bind(Q query, Customer customer, Equipment item) {
        query.setParameter("customer", customer);
        query.setParameter("company", customer.getParent() == null ? customer : customer.getParent());
        if (item != null) {
            query.setParameter("item", item);
        }
        return query;
    }
}
