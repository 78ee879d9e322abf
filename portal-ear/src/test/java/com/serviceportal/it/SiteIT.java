package com.serviceportal.it;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.CustomerAction;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.Severity;
import com.serviceportal.cases.files.FileTooLargeException;
import com.serviceportal.customers.JobSites;
import com.serviceportal.customers.OpenActivities;
import com.serviceportal.customers.PortalMenu;
import com.serviceportal.customers.SiteRow;
import com.serviceportal.customers.SiteService;
import com.serviceportal.documents.DocumentRow;
import com.serviceportal.documents.DocumentService;
import com.serviceportal.invoices.ImportProblem;
import com.serviceportal.invoices.InvoiceImportException;
import com.serviceportal.invoices.InvoiceRow;
import com.serviceportal.invoices.InvoiceService;
import com.serviceportal.invoices.NewInvoice;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import com.serviceportal.settings.PortalTabService;
import com.serviceportal.settings.PortalTabs;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sites in the portal: the open activities of each site move with its cases, orders and invoices;
 * a site contact goes straight to its site and reaches no other site's invoices or documents; the
 * desk's invoice import is all or nothing; the administrator's tab switches shape the portal menu.
 */
@ExtendWith(ArquillianExtension.class)
public class SiteIT {

    private static final String GOTEBORG = "Nordic Foods Göteborg plant";
    private static final String MALMO = "Nordic Foods Malmö warehouse";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(SiteIT.class, DemoData.class);
    }

    @Inject
    private Caller caller;

    @Inject
    private SiteService sites;

    @Inject
    private CaseService cases;

    @Inject
    private InvoiceService invoices;

    @Inject
    private DocumentService documents;

    @Inject
    private PortalTabService portalTabs;

    @Test
    public void openActivitiesCountOpenCasesOrdersAndUnpaidInvoicesPerSite() throws SQLException {
        long goteborg = DemoData.customerId(GOTEBORG);
        long malmo = DemoData.customerId(MALMO);
        OpenActivities before = openOn(goteborg);
        OpenActivities malmoBefore = openOn(malmo);

        signIn(SITE_CONTACT);
        NewCase request = new NewCase();
        request.setSummary(unique("Freezer door does not seal"));
        request.setSeverity(Severity.MEDIUM);
        long caseNumber = cases.raise(request).getNumber();
        long serviceOrder = insertOrder(goteborg, "SERVICE", "PLANNED");
        insertOrder(goteborg, "SERVICE", "IN_PROGRESS");
        insertOrder(goteborg, "SERVICE", "COMPLETED");
        insertOrder(goteborg, "INSTALL", "SCHEDULED");
        insertOrder(goteborg, "INSTALL", "CANCELLED");
        signIn(TECHNICIAN);
        String invoiceNumber = unique("INV");
        long invoice = invoices.record(new NewInvoice(
                invoiceNumber,
                "NF1000-GBG",
                LocalDate.now(),
                new BigDecimal("100.00"),
                LocalDate.now().plusDays(30),
                false));
        invoices.record(new NewInvoice(
                unique("INV"),
                "NF1000-GBG",
                LocalDate.now(),
                new BigDecimal("50.00"),
                LocalDate.now().plusDays(30),
                true));

        OpenActivities after = openOn(goteborg);
        assertEquals(before.openCases() + 1, after.openCases(), "the new case is open");
        assertEquals(
                before.openServiceOrders() + 2, after.openServiceOrders(), "planned and in-progress service orders");
        assertEquals(before.openInstallOrders() + 1, after.openInstallOrders(), "the scheduled install order");
        assertEquals(before.unpaidInvoices() + 1, after.unpaidInvoices(), "the unpaid invoice, not the paid one");
        assertEquals(malmoBefore, openOn(malmo), "nothing moved on the other site");

        signIn(SITE_CONTACT);
        cases.end(caseNumber, cases.getByNumber(caseNumber).getVersion(), CustomerAction.CLOSE);
        setOrderStatus(serviceOrder, "COMPLETED");
        signIn(TECHNICIAN);
        invoices.markPaid(invoice, true);

        OpenActivities closed = openOn(goteborg);
        assertEquals(before.openCases(), closed.openCases(), "a closed case no longer counts");
        assertEquals(before.openServiceOrders() + 1, closed.openServiceOrders(), "a completed order no longer counts");
        assertEquals(before.unpaidInvoices(), closed.unpaidInvoices(), "a paid invoice no longer counts");
    }

    @Test
    public void companyContactListsEverySiteAndASiteContactGoesStraightToItsOwn() {
        long goteborg = DemoData.customerId(GOTEBORG);

        signIn(COMPANY_CONTACT);
        JobSites anna = sites.jobSites();
        assertNull(anna.ownSiteId(), "a company contact chooses among its sites");
        assertEquals(
                List.of(GOTEBORG, MALMO),
                anna.sites().stream().map(SiteRow::name).toList());
        SiteRow listed = anna.sites().get(0);
        assertEquals(
                "Hamnvägen 12, Gate B, 417 64 Göteborg, Sweden",
                listed.address().oneLine(java.util.Locale.ENGLISH));
        assertTrue(sites.getSite(goteborg).otherSitesVisible());
        assertEquals("Tom Technician", sites.getSite(goteborg).accountManager(), "the company's account manager");
        assertFalse(sites.portalMenu().isSiteContact());

        signIn(SITE_CONTACT);
        assertEquals(goteborg, sites.jobSites().ownSiteId());
        assertTrue(sites.jobSites().sites().isEmpty());
        assertEquals(goteborg, sites.portalMenu().ownSiteId(), "the menu reads My site");
        assertFalse(sites.getSite(goteborg).otherSitesVisible(), "no way back to a list of sites");

        signIn(OTHER_COMPANY_CONTACT);
        assertTrue(sites.jobSites().sites().isEmpty(), "Baltic Marine has no sites");
        assertThrows(NotFoundException.class, () -> sites.getSite(goteborg));
    }

    @Test
    public void siteContactReachesNoOtherSitesInvoicesOrDocuments() {
        long goteborg = DemoData.customerId(GOTEBORG);
        long malmo = DemoData.customerId(MALMO);
        signIn(TECHNICIAN);
        String malmoInvoice = unique("INV");
        invoices.record(new NewInvoice(
                malmoInvoice,
                "NF1000-MMX",
                LocalDate.now(),
                BigDecimal.TEN,
                LocalDate.now().plusDays(10),
                false));
        String malmoTitle = unique("Malmö loading plan");
        long malmoDocument = documents.upload("NF1000-MMX", malmoTitle, "plan.txt", "text/plain", text("plan"));
        documents.publish(malmoDocument, true);
        String draftTitle = unique("Göteborg draft");
        long draft = documents.upload("NF1000-GBG", draftTitle, "draft.txt", "text/plain", text("draft"));
        long companyDocument =
                documents.upload("NF1000", unique("Company terms"), "terms.txt", "text/plain", text("terms"));
        documents.publish(companyDocument, true);

        signIn(SITE_CONTACT);
        assertThrows(NotFoundException.class, () -> invoices.siteInvoices(malmo));
        assertThrows(NotFoundException.class, () -> documents.siteDocuments(malmo));
        assertThrows(NotFoundException.class, () -> documents.download(malmoDocument), "another site's document");
        assertThrows(NotFoundException.class, () -> documents.download(draft), "an unpublished document");
        assertThrows(NotFoundException.class, () -> documents.download(companyDocument), "the company's document");
        assertThrows(NotFoundException.class, () -> sites.getSite(malmo));
        assertThrows(NotFoundException.class, () -> invoices.siteInvoices(Long.MAX_VALUE));
        List<String> own = documents.siteDocuments(goteborg).stream()
                .map(DocumentRow::title)
                .toList();
        assertTrue(own.contains("Site safety instructions"), own.toString());
        assertFalse(own.contains(draftTitle), "unpublished documents are not listed");
        List<InvoiceRow> ownInvoices = invoices.siteInvoices(goteborg);
        assertFalse(ownInvoices.stream().anyMatch(i -> i.number().equals(malmoInvoice)));
        assertTrue(
                ownInvoices.stream().anyMatch(i -> i.number().equals("INV-26014") && i.overdue()),
                "the overdue demo invoice");
        assertTrue(ownInvoices.stream().anyMatch(i -> i.number().equals("INV-26001") && i.paid() && !i.overdue()));

        signIn(COMPANY_CONTACT);
        List<String> company = documents.siteDocuments(goteborg).stream()
                .map(DocumentRow::title)
                .toList();
        assertTrue(company.contains("Price list 2026"), "a company contact also sees the company's documents");
        assertEquals("plan", new String(documents.download(malmoDocument).content(), StandardCharsets.UTF_8));
        assertTrue(
                invoices.siteInvoices(malmo).stream().anyMatch(i -> i.number().equals(malmoInvoice)));

        signIn(TECHNICIAN);
        documents.publish(malmoDocument, false);
        signIn(COMPANY_CONTACT);
        assertThrows(NotFoundException.class, () -> documents.download(malmoDocument), "withdrawn");
    }

    @Test
    public void documentsOverTenMegabytesAreRefusedAndOnlyStaffUpload() {
        signIn(TECHNICIAN);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        assertThrows(
                FileTooLargeException.class,
                () -> documents.upload(
                        "NF1000-GBG", "Scan", "scan.pdf", "application/pdf", new ByteArrayInputStream(big)));
        signIn(COMPANY_CONTACT);
        assertThrows(
                NotFoundException.class,
                () -> documents.upload("NF1000-GBG", "Mine", "mine.txt", "text/plain", text("mine")));
        assertThrows(NotFoundException.class, () -> invoices.markPaid(1, true));
    }

    @Test
    public void anInvoiceFileWithABadLineImportsNothingAndNamesEveryProblem() {
        signIn(TECHNICIAN);
        String good = unique("INV");
        String alsoGood = unique("INV");
        String file = "invoice number,account number,date,amount,due date,paid\n"
                + good + ",NF1000-GBG,2026-10-01,100.00,2026-10-31,no\n"
                + alsoGood + ",NF1000-MMX,2026-10-01,200.00,2026-10-31,yes\n"
                + "X-1,NO-SUCH-ACCOUNT,2026-10-01,1.00,2026-10-31,no\n"
                + "INV-26001,NF1000-GBG,2026-10-01,1.00,2026-10-31,no\n";
        InvoiceImportException refused = assertThrows(
                InvoiceImportException.class, () -> invoices.importFile(file.getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                List.of(
                        new ImportProblem(4, "invoices.import.unknownAccount", List.of("NO-SUCH-ACCOUNT")),
                        new ImportProblem(5, "invoices.import.numberTaken", List.of("INV-26001"))),
                refused.getProblems());
        assertTrue(
                invoices.deskInvoices(null, false).stream()
                        .noneMatch(i -> i.number().equals(good)),
                "nothing half-imported");

        String fixed = "invoice number,account number,date,amount,due date,paid\n"
                + good + ",NF1000-GBG,2026-10-01,100.00,2026-10-31,no\n"
                + alsoGood + ",NF1000-MMX,2026-10-01,200.00,2026-10-31,yes\n";
        assertEquals(2, invoices.importFile(fixed.getBytes(StandardCharsets.UTF_8)));
        InvoiceRow imported = invoices.deskInvoices("NF1000-GBG", true).stream()
                .filter(i -> i.number().equals(good))
                .findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal("100.00"), imported.amount());
        assertTrue(imported.overdue(), "due in October 2026, unpaid");
        assertThrows(
                InvoiceImportException.class,
                () -> invoices.importFile(fixed.getBytes(StandardCharsets.UTF_8)),
                "a second run stores nothing twice");
    }

    @Test
    public void administratorHidesTheCrossSiteTabsForTheWholePortal() {
        signIn(ADMINISTRATOR);
        PortalTabs before = portalTabs.current();
        try {
            PortalTabs hidden = portalTabs.current();
            hidden.setAllOpenCases(false);
            hidden.setAllOpenOrders(false);
            hidden.setHelpDesk(false);
            hidden.setHelpDeskUrl("https://help.example.com/");
            portalTabs.save(hidden);

            signIn(COMPANY_CONTACT);
            PortalMenu menu = sites.portalMenu();
            assertFalse(menu.allOpenCases());
            assertFalse(menu.allOpenOrders());
            assertNull(menu.helpDeskUrl(), "a hidden Help desk link leads nowhere");

            signIn(ADMINISTRATOR);
            hidden.rebaseOn(portalTabs.current());
            hidden.setAllOpenOrders(true);
            hidden.setHelpDesk(true);
            portalTabs.save(hidden);
            signIn(SITE_CONTACT);
            menu = sites.portalMenu();
            assertFalse(menu.allOpenCases());
            assertTrue(menu.allOpenOrders());
            assertEquals("https://help.example.com/", menu.helpDeskUrl());

            signIn(TECHNICIAN);
            assertThrows(NotFoundException.class, () -> portalTabs.save(hidden), "only an administrator");
        } finally {
            signIn(ADMINISTRATOR);
            before.rebaseOn(portalTabs.current());
            portalTabs.save(before);
        }
    }

    private OpenActivities openOn(long siteId) {
        signIn(COMPANY_CONTACT);
        return sites.visibleSites().stream()
                .filter(s -> s.id() == siteId)
                .findFirst()
                .orElseThrow()
                .open();
    }

    private static long insertOrder(long siteId, String type, String status) throws SQLException {
        try (Connection connection = DemoData.database().getConnection()) {
            long id;
            try (var next = connection.createStatement().executeQuery("SELECT NEXT VALUE FOR work_order_seq")) {
                next.next();
                id = next.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO work_order (id, order_number, order_type, customer_id, status, description, created_at, version)"
                            + " VALUES (?, NEXT VALUE FOR work_order_number_seq, ?, ?, ?, ?, CURRENT_TIMESTAMP, 0)")) {
                insert.setLong(1, id);
                insert.setString(2, type);
                insert.setLong(3, siteId);
                insert.setString(4, status);
                insert.setString(5, "Open activities test");
                insert.executeUpdate();
            }
            return id;
        }
    }

    private static void setOrderStatus(long orderId, String status) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE work_order SET status = ? WHERE id = ?")) {
            update.setString(1, status);
            update.setLong(2, orderId);
            update.executeUpdate();
        }
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    private static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
