package com.serviceportal.it;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.cases.CaseFilter;
import com.serviceportal.cases.CaseRow;
import com.serviceportal.cases.CaseSearch;
import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.CaseSort;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.Severity;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who sees which case: a company contact sees its sites' cases, a site contact only its site's, a
 * contact of another company none of them, and asking for a hidden case answers "not found".
 */
@ExtendWith(ArquillianExtension.class)
public class CaseVisibilityIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(CaseVisibilityIT.class, DemoData.class);
    }

    @Inject
    private CaseService cases;

    @Inject
    private Caller caller;

    @Inject
    private CaseSearch search;

    @Test
    public void caseOnASiteIsSeenByTheSiteAndItsCompanyButNotByAnotherCompany() {
        String summary = unique("Printer jams on every job");
        long number = raiseAs(SITE_CONTACT, null, summary);

        signIn(SITE_CONTACT);
        assertTrue(listed(number), "the site contact lists its own case");
        assertEquals(summary, cases.getByNumber(number).getSummary());

        signIn(COMPANY_CONTACT);
        assertTrue(listed(number), "the company contact lists its site's case");
        assertEquals("Nordic Foods Göteborg plant", cases.getByNumber(number).getSite());

        signIn(OTHER_COMPANY_CONTACT);
        assertFalse(listed(number), "another company's contact does not list it");
        assertThrows(NotFoundException.class, () -> cases.getByNumber(number));

        signIn(TECHNICIAN);
        assertTrue(listed(number), "the service desk sees every customer's cases");
    }

    @Test
    public void siteContactDoesNotSeeTheOtherSitesCases() {
        long malmo = DemoData.customerId("Nordic Foods Malmö warehouse");
        long onOtherSite = raiseAs(COMPANY_CONTACT, malmo, unique("Loading dock door stuck"));
        long onOwnSite = raiseAs(SITE_CONTACT, null, unique("Label printer offline"));

        signIn(SITE_CONTACT);
        assertFalse(listed(onOtherSite));
        assertThrows(NotFoundException.class, () -> cases.getByNumber(onOtherSite));

        signIn(COMPANY_CONTACT);
        assertTrue(listed(onOtherSite), "the company contact sees the Malmö case");
        assertTrue(listed(onOwnSite), "and the Göteborg case");
    }

    @Test
    public void contactCannotRaiseACaseForACustomerItDoesNotSee() {
        long goteborg = DemoData.customerId("Nordic Foods Göteborg plant");
        String summary = unique("Should never be stored");
        signIn(OTHER_COMPANY_CONTACT);
        NewCase request = newCase(summary);
        request.setCustomerId(goteborg);

        assertThrows(NotFoundException.class, () -> cases.raise(request));

        signIn(TECHNICIAN);
        assertTrue(listed(summary).isEmpty(), "nothing was stored");
    }

    @Test
    public void newCaseStartsInTheDefaultStatusWithTheChosenSeverity() {
        signIn(SITE_CONTACT);
        NewCase request = newCase(unique("Scale shows wrong weight"));
        request.setSeverity(Severity.CRITICAL);
        long number = cases.raise(request).getNumber();

        var details = cases.getByNumber(number);
        assertEquals("New", details.getStatus());
        assertEquals(Severity.CRITICAL, details.getSeverity());
        assertEquals("Sven Berg", details.getRaisedBy());
    }

    @Test
    public void summaryIsMandatory() {
        signIn(SITE_CONTACT);
        Exception refused = assertThrows(Exception.class, () -> cases.raise(newCase("   ")));
        assertTrue(causedBy(refused, ConstraintViolationException.class), "refused by validation: " + refused);
    }

    private long raiseAs(String username, Long customerId, String summary) {
        signIn(username);
        NewCase request = newCase(summary);
        request.setCustomerId(customerId);
        return cases.raise(request).getNumber();
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    private boolean listed(long number) {
        return listed(Long.toString(number)).stream().anyMatch(c -> c.getNumber() == number);
    }

    private static NewCase newCase(String summary) {
        NewCase request = new NewCase();
        request.setSummary(summary);
        request.setSeverity(Severity.MEDIUM);
        return request;
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The cases the caller's list finds for a text, complete ones included. */
    private List<CaseRow> listed(String text) {
        CaseFilter filter = new CaseFilter();
        filter.setText(text);
        filter.setIncludeComplete(true);
        return search.search(filter, CaseSort.NEWEST_FIRST, 0, CaseSearch.MAX_PAGE_SIZE)
                .getRows();
    }
}
