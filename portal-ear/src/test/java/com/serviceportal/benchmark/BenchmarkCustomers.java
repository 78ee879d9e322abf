package com.serviceportal.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The companies a benchmark fills its data in: each with its sites (customers whose parent is the
 * company) and one company contact with a portal login, who sees the company and its sites. Customer,
 * contact and login ids start at {@code firstId}, so two benchmarks' customers never meet; logins are
 * {@code usernamePrefix + company} with the demo users' password, account numbers
 * {@code accountPrefix + company} and {@code accountPrefix + company + "-" + site}.
 */
public record BenchmarkCustomers(
        long firstId, int companies, int sitesPerCompany, String usernamePrefix, String accountPrefix) {

    /** The customer id of a company ({@code site} 0) or of one of its sites (1 and up). */
    long customerId(int company, int site) {
        return firstId + (long) company * (sitesPerCompany + 1) + site;
    }

    int customersPerCompany() {
        return sitesPerCompany + 1;
    }

    /** Adds the companies, sites, contacts and logins once; a second call finds them and adds nothing. */
    void ensure(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet found = query.executeQuery("SELECT COUNT(*) FROM customer WHERE id >= " + firstId
                        + " AND id < " + customerId(companies, 0))) {
            found.next();
            if (found.getLong(1) > 0) {
                return;
            }
        }
        String hash;
        try (Statement query = connection.createStatement();
                ResultSet found =
                        query.executeQuery("SELECT password_hash FROM user_account WHERE username = 'anna'")) {
            found.next();
            hash = found.getString(1);
        }
        try (PreparedStatement customer = connection.prepareStatement(
                        "INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (?, ?, ?, ?, 0)");
                PreparedStatement contact = connection.prepareStatement(
                        "INSERT INTO contact (id, customer_id, first_name, last_name, email, version)"
                                + " VALUES (?, ?, 'Bench', ?, ?, 0)");
                PreparedStatement account = connection.prepareStatement(
                        "INSERT INTO user_account (id, username, password_hash, role, display_name, contact_id,"
                                + " enabled, version) VALUES (?, ?, ?, 'CUSTOMER', ?, ?, ?, 0)")) {
            for (int company = 0; company < companies; company++) {
                long companyId = customerId(company, 0);
                addCustomer(customer, companyId, accountPrefix + company, "Bench company " + company, null);
                for (int site = 1; site <= sitesPerCompany; site++) {
                    addCustomer(
                            customer,
                            customerId(company, site),
                            accountPrefix + company + "-" + site,
                            "Bench company " + company + " site " + site,
                            companyId);
                }
                contact.setLong(1, firstId + company);
                contact.setLong(2, companyId);
                contact.setString(3, "Contact " + company);
                contact.setString(4, usernamePrefix + company + "@bench.example");
                contact.addBatch();
                account.setLong(1, firstId + company);
                account.setString(2, usernamePrefix + company);
                account.setString(3, hash);
                account.setString(4, "Bench Contact " + company);
                account.setLong(5, firstId + company);
                account.setBoolean(6, true);
                account.addBatch();
            }
            customer.executeBatch();
            contact.executeBatch();
            account.executeBatch();
        }
        connection.commit();
    }

    private static void addCustomer(PreparedStatement insert, long id, String account, String name, Long parent)
            throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, account);
        insert.setString(3, name);
        insert.setObject(4, parent);
        insert.addBatch();
    }
}
