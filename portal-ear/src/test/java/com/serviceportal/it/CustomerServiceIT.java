package com.serviceportal.it;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.customers.Address;
import com.serviceportal.customers.CustomerChoices;
import com.serviceportal.customers.CustomerForm;
import com.serviceportal.customers.CustomerFormException;
import com.serviceportal.customers.CustomerRow;
import com.serviceportal.customers.CustomerRows;
import com.serviceportal.customers.CustomerService;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The desk's companies and sites against the real server: create, add a site, edit, search a page at
 * a time; every problem of a form named at once (taken account number, a site under a site, an
 * account manager who is not staff, a bad address); conflicting edits; and a contact refused. Each
 * test makes companies of its own.
 */
@ExtendWith(ArquillianExtension.class)
public class CustomerServiceIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(CustomerServiceIT.class, DemoData.class);
    }

    @Inject
    private CustomerService customers;

    @Inject
    private Caller caller;

    private long tom;

    @BeforeEach
    void signInAtTheDesk() {
        tom = DemoData.accountId(TECHNICIAN);
        caller.signIn(tom);
    }

    @Test
    public void aCompanyGetsASiteAndBothAreFoundAndEdited() {
        String suffix = suffix();
        CustomerForm company = customers.newCompany();
        company.setAccountNumber("  AC" + suffix + " ");
        company.setName("Arctic Cold Storage " + suffix);
        company.setAddress(new Address("Kylvägen 3", " ", "901 37", "Umeå", null, "SE"));
        company.setAccountManagerId(tom);
        long companyId = customers.save(company);

        CustomerForm site = customers.newSite(companyId);
        assertTrue(site.isSite());
        site.setAccountNumber("AC" + suffix + "-LUL");
        site.setName("Arctic Cold Storage Luleå " + suffix);
        site.setAddress(new Address("Hamngatan 9", null, "972 38", "Luleå", "Norrbotten", "SE"));
        long siteId = customers.save(site);

        CustomerForm saved = customers.formFor(companyId);
        assertEquals("AC" + suffix, saved.getAccountNumber(), "blanks around are dropped");
        assertEquals(new Address("Kylvägen 3", null, "901 37", "Umeå", null, "SE"), saved.getAddress());
        assertEquals(tom, saved.getAccountManagerId());
        assertFalse(saved.isSite());
        CustomerChoices choices = customers.choices(companyId);
        assertEquals(
                List.of(site.getName()),
                choices.sites().stream().map(Choice::getLabel).toList());
        assertTrue(choices.accountManagers().stream().anyMatch(c -> c.getId() == tom));
        assertTrue(
                choices.accountManagers().stream().noneMatch(c -> c.getId() == DemoData.accountId(COMPANY_CONTACT)),
                "a contact is no account manager");

        CustomerForm savedSite = customers.formFor(siteId);
        assertEquals(companyId, savedSite.getCompanyId());
        assertEquals("Norrbotten", savedSite.getAddress().getStateRegion());
        savedSite.setName("Arctic Cold Storage Piteå " + suffix);
        savedSite.getAddress().setCity("Piteå");
        customers.save(savedSite);
        assertEquals("Piteå", customers.formFor(siteId).getAddress().getCity());

        CustomerRows byName = customers.search("arctic cold storage piteå " + suffix.toUpperCase(), 0, 25);
        assertEquals(
                List.of(siteId), byName.rows().stream().map(CustomerRow::id).toList());
        assertEquals(company.getName(), byName.rows().get(0).companyName());
        assertEquals(
                List.of(companyId, siteId),
                customers.search("ac" + suffix, 0, 25).rows().stream()
                        .map(CustomerRow::id)
                        .toList(),
                "by account number, by name");
        assertTrue(customers.search("umeå", 0, 100).rows().stream().anyMatch(r -> r.id() == companyId), "by city");
        CustomerRows firstPage = customers.search("AC" + suffix, 0, 1);
        assertEquals(1, firstPage.rows().size());
        assertTrue(firstPage.hasMore());
        CustomerRows secondPage = customers.search("AC" + suffix, 1, 1);
        assertEquals(
                List.of(siteId), secondPage.rows().stream().map(CustomerRow::id).toList());
        assertFalse(secondPage.hasMore());
        assertTrue(customers.search("no such customer " + suffix, 0, 25).rows().isEmpty());
        assertTrue(customers.search("100%_" + suffix, 0, 25).rows().isEmpty(), "wildcards are plain text");
    }

    @Test
    public void everyProblemOfTheFormIsNamedAtOnce() {
        CustomerForm company = customers.newCompany();
        company.setAccountNumber("nf1000");
        company.setName(" ");
        company.setAddress(new Address("x".repeat(129), null, "1".repeat(21), "Stockholm", null, "XX"));
        company.setAccountManagerId(DemoData.accountId(COMPANY_CONTACT));
        CustomerFormException problems = assertThrows(CustomerFormException.class, () -> customers.save(company));
        assertEquals(
                List.of(
                        "customer.error.accountNumberTaken",
                        "customer.error.required.name",
                        "address.error.tooLong.line1",
                        "address.error.tooLong.postcode",
                        "address.error.country",
                        "customer.error.accountManager"),
                problems.getProblems());
    }

    @Test
    public void aSiteBelongsToACompanyNotToAnotherSite() {
        long nordicFoods = DemoData.customerId("Nordic Foods AB");
        long goteborg = DemoData.customerId("Nordic Foods Göteborg plant");
        assertThrows(NotFoundException.class, () -> customers.newSite(goteborg));
        assertThrows(NotFoundException.class, () -> customers.formFor(Long.MAX_VALUE));

        CustomerForm site = customers.newSite(nordicFoods);
        site.setCompanyId(goteborg);
        site.setAccountNumber(null);
        site.setName("Nordic Foods Göteborg annex");
        assertEquals(
                List.of("customer.error.required.accountNumber", "customer.error.companyIsSite"),
                assertThrows(CustomerFormException.class, () -> customers.save(site))
                        .getProblems());
        site.setCompanyId(null);
        site.setAccountNumber("NF1000-X" + suffix());
        assertEquals(
                List.of("customer.error.companyRequired"),
                assertThrows(CustomerFormException.class, () -> customers.save(site))
                        .getProblems());
    }

    @Test
    public void aSiteHasNoAccountManagerOfItsOwn() {
        long companyId = newCompany(suffix());
        CustomerForm site = customers.newSite(companyId);
        site.setAccountNumber("S" + suffix());
        site.setName("Site " + suffix());
        site.setAccountManagerId(tom);
        long siteId = customers.save(site);
        assertNull(customers.formFor(siteId).getAccountManagerId(), "the company's is shown for it");
    }

    @Test
    public void aConflictingEditIsRefused() {
        long companyId = newCompany(suffix());
        CustomerForm mine = customers.formFor(companyId);
        CustomerForm theirs = customers.formFor(companyId);
        theirs.setName(theirs.getName() + " (renamed)");
        customers.save(theirs);
        mine.getAddress().setCity("Kiruna");
        BusinessException conflict = assertThrows(ChangedMeanwhileException.class, () -> customers.save(mine));
        assertEquals("customer.error.changedMeanwhile", conflict.getMessageKey());
        assertNull(customers.formFor(companyId).getAddress().getCity());
    }

    @Test
    public void anAdministratorMayButAContactMayNot() {
        caller.signIn(DemoData.accountId(ADMINISTRATOR));
        long companyId = newCompany(suffix());

        caller.signIn(DemoData.accountId(COMPANY_CONTACT));
        long nordicFoods = DemoData.customerId("Nordic Foods AB");
        assertThrows(NotFoundException.class, () -> customers.search("Nordic", 0, 25));
        assertThrows(NotFoundException.class, () -> customers.newCompany());
        assertThrows(NotFoundException.class, () -> customers.newSite(nordicFoods));
        assertThrows(NotFoundException.class, () -> customers.formFor(nordicFoods), "not even its own company");
        assertThrows(NotFoundException.class, () -> customers.choices(nordicFoods));
        caller.signIn(tom);
        CustomerForm form = customers.formFor(companyId);
        caller.signIn(DemoData.accountId(COMPANY_CONTACT));
        form.setName("Taken over");
        assertThrows(NotFoundException.class, () -> customers.save(form));
    }

    private long newCompany(String suffix) {
        CustomerForm company = customers.newCompany();
        company.setAccountNumber("C" + suffix);
        company.setName("Company " + suffix);
        return customers.save(company);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
