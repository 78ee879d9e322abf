package com.serviceportal.it;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
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
import com.serviceportal.customers.ContactForm;
import com.serviceportal.customers.ContactService;
import com.serviceportal.customers.CustomerForm;
import com.serviceportal.customers.CustomerService;
import com.serviceportal.equipment.ContactItemRow;
import com.serviceportal.equipment.CoverRow;
import com.serviceportal.equipment.EquipmentDetails;
import com.serviceportal.equipment.EquipmentFilter;
import com.serviceportal.equipment.EquipmentForm;
import com.serviceportal.equipment.EquipmentPage;
import com.serviceportal.equipment.EquipmentRow;
import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.equipment.EquipmentSettings;
import com.serviceportal.equipment.ItemCase;
import com.serviceportal.equipment.ItemCategoryEntry;
import com.serviceportal.equipment.ItemCategoryService;
import com.serviceportal.equipment.NewCaseStart;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who sees which equipment (by id and by site), the search, adding and editing by customers as the
 * settings allow, items a company shares with its sites, contract cover, moving an item, item
 * categories and their custom fields, and the items of a contact (its sites' and those shared with it).
 */
@ExtendWith(ArquillianExtension.class)
public class EquipmentIT {

    private static final String GOTEBORG = "Nordic Foods Göteborg plant";
    private static final String MALMO = "Nordic Foods Malmö warehouse";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(EquipmentIT.class, DemoData.class);
    }

    @Inject
    private EquipmentService equipment;

    @Inject
    private ItemCategoryService categories;

    @Inject
    private CaseService cases;

    @Inject
    private CaseSearch caseSearch;

    @Inject
    private Caller caller;

    @Inject
    private ContactService contacts;

    @Inject
    private CustomerService customers;

    @Test
    public void siteContactSeesItsSiteAndTheSharedItemsButNoOtherSitesOrCompanys() {
        signIn(SITE_CONTACT);
        List<String> seen = idNumbers(equipment.search(new EquipmentFilter(), 0, 100));
        assertTrue(seen.containsAll(List.of("GBG-CV3", "GBG-FR2", "GBG-PK1")), seen.toString());
        assertTrue(seen.contains("NF-UPS1"), "the company's shared item is on the site's list");
        assertFalse(seen.contains("MMX-CR1"), "not the other site's items");
        assertFalse(seen.contains("BM-WINCH"), "not another company's items");
        assertEquals("GBG-FR2", equipment.get(item("GBG-FR2")).getItem().getIdNumber());
        assertTrue(equipment.get(item("NF-UPS1")).getItem().isShared());
        assertThrows(NotFoundException.class, () -> equipment.get(item("MMX-CR1")), "another site's item by id");
        assertThrows(NotFoundException.class, () -> equipment.get(item("BM-WINCH")));
        assertThrows(
                NotFoundException.class,
                () -> equipment.search(filter(DemoData.customerId(MALMO), null), 0, 20),
                "another site's list by URL");

        signIn(COMPANY_CONTACT);
        List<String> malmo = idNumbers(equipment.search(filter(DemoData.customerId(MALMO), null), 0, 100));
        assertTrue(malmo.containsAll(List.of("MMX-CR1", "MMX-FL2", "NF-UPS1")), malmo.toString());
        assertFalse(malmo.contains("GBG-FR2"), "one site's list shows only that site and the shared items");

        signIn(OTHER_COMPANY_CONTACT);
        List<String> baltic = idNumbers(equipment.search(new EquipmentFilter(), 0, 100));
        assertTrue(baltic.contains("BM-WINCH"));
        assertFalse(baltic.contains("NF-UPS1"), "a shared item is shared within its company only");
        assertThrows(NotFoundException.class, () -> equipment.get(item("NF-UPS1")));
        assertThrows(NotFoundException.class, () -> equipment.newCaseStart(item("GBG-FR2")));
    }

    @Test
    public void searchFindsEveryFieldAndPagesInTheDatabase() {
        signIn(COMPANY_CONTACT);
        assertEquals(List.of("GBG-FR2"), idNumbers(equipment.search(filter(null, "carrier"), 0, 20)), "make");
        assertEquals(List.of("GBG-FR2"), idNumbers(equipment.search(filter(null, "fz-881"), 0, 20)), "serial");
        assertEquals(List.of("GBG-FR2"), idNumbers(equipment.search(filter(null, "Vector"), 0, 20)), "model");
        assertEquals(List.of("MMX-FL2"), idNumbers(equipment.search(filter(null, "forklift"), 0, 20)), "description");
        assertEquals(List.of("MMX-CR1"), idNumbers(equipment.search(filter(null, "MMX-CR"), 0, 20)), "ID number");
        assertTrue(equipment.search(filter(null, "winch"), 0, 20).getRows().isEmpty(), "not another company's");

        EquipmentPage first = equipment.search(filter(null, "GBG-"), 0, 2);
        EquipmentPage second = equipment.search(filter(null, "GBG-"), 2, 2);
        assertEquals(2, first.getRows().size());
        assertTrue(first.getTotal() >= 3, "the total counts every match");
        assertFalse(second.getRows().isEmpty());
        assertFalse(idNumbers(first).contains(idNumbers(second).get(0)), "the second page goes on after the first");
    }

    @Test
    public void customersAddAndEditTheirOwnItemsOnlyWhereTheSettingsAllow() {
        try {
            settings(false, false);
            signIn(SITE_CONTACT);
            assertFalse(equipment.permissions().isMayAdd());
            assertMessage("equipment.error.addNotAllowed", () -> equipment.save(form(null, "Label printer")));

            settings(true, false);
            signIn(SITE_CONTACT);
            assertTrue(equipment.permissions().isMayAdd());
            assertMessage("equipment.error.empty", () -> equipment.save(new EquipmentForm()));
            String description = unique("Label printer");
            long added = equipment.save(form(null, description));
            EquipmentDetails details = equipment.get(added);
            assertEquals(GOTEBORG, details.getItem().getSite(), "added on the contact's own site");
            assertEquals("Sven Berg", details.getAddedBy(), "who added it is recorded");
            assertFalse(details.isEditable(), "editing is off");
            assertMessage("equipment.error.notEditable", () -> equipment.formFor(added));
            assertThrows(
                    NotFoundException.class,
                    () -> equipment.save(form(DemoData.customerId(MALMO), "Not my site")),
                    "not on a site the contact does not see");

            settings(true, true);
            signIn(SITE_CONTACT);
            EquipmentForm edit = equipment.formFor(added);
            edit.setSerialNumber("LP-1001");
            edit.setMake("Zebra");
            equipment.save(edit);
            assertEquals("LP-1001", equipment.get(added).getItem().getSerialNumber());
            assertMessage(
                    "equipment.error.notEditable",
                    () -> equipment.formFor(item("GBG-FR2")),
                    "an item the desk registered is not the contact's");

            signIn(COMPANY_CONTACT);
            assertEquals(description, equipment.get(added).getItem().getDescription(), "a colleague sees it");
            assertFalse(equipment.get(added).isEditable());
            assertMessage("equipment.error.notEditable", () -> equipment.save(edit), "but only sven edits it");

            signIn(TECHNICIAN);
            EquipmentForm desk = equipment.formFor(added);
            desk.setModel("ZT411");
            equipment.save(desk);
            assertEquals("ZT411", equipment.get(added).getItem().getModel(), "the desk edits any item");
        } finally {
            settings(true, true);
        }
    }

    @Test
    public void aCaseForASharedItemIsRaisedOnTheContactsOwnSite() {
        signIn(SITE_CONTACT);
        NewCaseStart start = equipment.newCaseStart(item("NF-UPS1"));
        assertEquals(DemoData.customerId(GOTEBORG), start.getCustomerId());
        NewCase request = new NewCase();
        request.setCustomerId(start.getCustomerId());
        request.setEquipmentId(start.getEquipmentId());
        request.setSummary(unique("UPS alarm beeps"));
        request.setSeverity(Severity.HIGH);
        long number = cases.raise(request).getNumber();
        assertEquals(GOTEBORG, cases.getByNumber(number).getSite());
        assertTrue(cases.getByNumber(number).getEquipment().startsWith("NF-UPS1"));
        assertTrue(
                equipment.get(item("NF-UPS1")).getCases().stream().anyMatch(c -> c.getNumber() == number),
                "the item's page lists the case");

        signIn(COMPANY_CONTACT);
        NewCaseStart forCompany = equipment.newCaseStart(item("GBG-FR2"));
        assertEquals(DemoData.customerId(GOTEBORG), forCompany.getCustomerId(), "the item's site is filled in");
    }

    @Test
    public void contractCoverShowsActiveAndPendingContractsOnTheItemAndItsCompany() throws SQLException {
        String pending = "EQ-" + UUID.randomUUID().toString().substring(0, 8);
        insertContract(pending, DemoData.customerId(GOTEBORG), item("GBG-CV3"), "PENDING");
        signIn(SITE_CONTACT);
        List<String> freezer = references(equipment.get(item("GBG-FR2")));
        assertTrue(freezer.contains("EQ-FR2-2026"), "the contract on the item: " + freezer);
        assertTrue(freezer.contains("SC-NF-2026"), "the company's contract covers its sites' items");
        assertFalse(freezer.contains("SC-NF-2025"), "not an expired one");
        assertFalse(freezer.contains(pending), "not another item's contract");
        CoverRow onItem = equipment.get(item("GBG-FR2")).getContracts().stream()
                .filter(k -> k.getReference().equals("EQ-FR2-2026"))
                .findFirst()
                .orElseThrow();
        assertTrue(onItem.isOnItem());
        assertEquals("Gold 24/7", onItem.getServiceLevel());
        assertTrue(references(equipment.get(item("GBG-CV3"))).contains(pending), "a pending contract counts");
    }

    @Test
    public void movingAnItemToAnotherSiteTakesItsCasesAndContractsAlong() throws SQLException {
        long goteborg = DemoData.customerId(GOTEBORG);
        long malmo = DemoData.customerId(MALMO);
        signIn(TECHNICIAN);
        EquipmentForm form = form(goteborg, unique("Spiral freezer"));
        form.setIdNumber("GBG-SP" + UUID.randomUUID().toString().substring(0, 4));
        long id = equipment.save(form);
        String contract = "EQ-" + UUID.randomUUID().toString().substring(0, 8);
        insertContract(contract, goteborg, id, "ACTIVE");

        signIn(SITE_CONTACT);
        NewCase request = new NewCase();
        request.setEquipmentId(id);
        String summary = unique("Spiral freezer ices up");
        request.setSummary(summary);
        request.setSeverity(Severity.MEDIUM);
        long number = cases.raise(request).getNumber();
        assertThrows(NotFoundException.class, () -> equipment.move(id, malmo, "not staff"), "only the desk moves");

        signIn(TECHNICIAN);
        assertMessage(
                "equipment.error.otherCompany",
                () -> equipment.move(id, DemoData.customerId("Baltic Marine Ltd"), null));
        assertMessage("equipment.error.sameSite", () -> equipment.move(id, goteborg, null));
        equipment.move(id, malmo, "Moved to the warehouse for the winter");

        EquipmentDetails moved = equipment.get(id);
        assertEquals(MALMO, moved.getItem().getSite());
        assertEquals(1, moved.getMoves().size());
        assertEquals(GOTEBORG, moved.getMoves().get(0).getFrom());
        assertEquals(
                "Moved to the warehouse for the winter", moved.getMoves().get(0).getNote());
        assertTrue(references(moved).contains(contract), "the contract on the item follows it");
        assertEquals(
                List.of(number),
                moved.getCases().stream().map(ItemCase::getNumber).toList());
        assertEquals(MALMO, cases.getByNumber(number).getSite(), "the case moved to the new site");
        CaseFilter byText = new CaseFilter();
        byText.setText(summary);
        byText.setCustomerId(malmo);
        assertEquals(
                List.of(number),
                caseSearch.search(byText, CaseSort.NEWEST_FIRST, 0, 10).getRows().stream()
                        .map(CaseRow::getNumber)
                        .toList(),
                "the site's case list finds the case by its words");
        byText.setCustomerId(goteborg);
        assertTrue(caseSearch
                .search(byText, CaseSort.NEWEST_FIRST, 0, 10)
                .getRows()
                .isEmpty());

        signIn(SITE_CONTACT);
        assertThrows(NotFoundException.class, () -> equipment.get(id), "no longer on sven's site");
        signIn(COMPANY_CONTACT);
        assertEquals(
                List.of(number),
                equipment.get(id).getCases().stream().map(ItemCase::getNumber).toList());
    }

    @Test
    public void listsFilterByCategoryAndSearchTheCustomFieldsWithinWhatTheCallerSees() {
        long refrigeration = category("Refrigeration");
        long handling = category("Material handling");
        signIn(COMPANY_CONTACT);
        assertEquals(
                List.of("GBG-FR2", "MMX-CR1"),
                idNumbers(equipment.search(filter(null, null, refrigeration), 0, 20)),
                "the category's items");
        assertEquals(
                List.of("MMX-CR1"), idNumbers(equipment.search(filter(null, "r449", null), 0, 20)), "a custom field");
        assertEquals(
                List.of("MMX-FL2"),
                idNumbers(equipment.search(filter(null, "TRK-4", handling), 0, 20)),
                "category and custom field together");
        assertTrue(
                equipment
                        .search(filter(null, "r449", handling), 0, 20)
                        .getRows()
                        .isEmpty(),
                "the value in another category");
        EquipmentRow coldRoom =
                equipment.search(filter(null, "MMX-CR1", null), 0, 20).getRows().get(0);
        assertEquals("Refrigeration", coldRoom.getCategory());
        assertEquals("Refrigerant: R449A · Service interval: Every 12 months", coldRoom.getFields());

        signIn(OTHER_COMPANY_CONTACT);
        assertEquals(
                List.of("BM-WINCH"),
                idNumbers(equipment.search(filter(null, null, handling), 0, 20)),
                "not another company's items of the category");
        assertTrue(
                equipment.search(filter(null, "TRK-448", null), 0, 20).getRows().isEmpty());

        signIn(TECHNICIAN);
        assertTrue(idNumbers(equipment.search(filter(null, null, handling), 0, 20))
                .containsAll(List.of("BM-WINCH", "MMX-FL2")));
    }

    @Test
    public void aContactsItemsAreItsSitesAndThoseSharedWithItAndNeverAnotherCompanys() throws Exception {
        long sven = 2;
        signIn(TECHNICIAN);
        List<ContactItemRow> rows = equipment.itemsOfContact(sven);
        List<String> listed = rows.stream().map(r -> r.getItem().getIdNumber()).toList();
        assertTrue(listed.containsAll(List.of("GBG-FR2", "GBG-PK1", "NF-UPS1")), listed.toString());
        assertFalse(listed.contains("MMX-CR1"), "not another site's item that is not shared with him");
        assertFalse(listed.contains("BM-WINCH"), "never another company's");
        assertTrue(rows.stream().noneMatch(ContactItemRow::isSharedWithContact), "none is shared with him alone");
        long maria = 5;
        assertEquals(
                List.of("MMX-FL2"),
                equipment.itemsOfContact(maria).stream()
                        .filter(ContactItemRow::isSharedWithContact)
                        .map(r -> r.getItem().getIdNumber())
                        .toList(),
                "the demo shares the Malmö forklift with Maria of the Göteborg plant");

        List<String> shareable = equipment.shareableWithContact(sven, null).stream()
                .map(Choice::getLabel)
                .toList();
        assertTrue(shareable.stream().anyMatch(l -> l.startsWith("MMX-CR1")), shareable.toString());
        assertTrue(shareable.stream().noneMatch(l -> l.startsWith("BM-WINCH")), "never another company's");
        assertThrows(NotFoundException.class, () -> equipment.shareWithContact(sven, item("BM-WINCH")));

        long coldRoom = item("MMX-CR1");
        equipment.shareWithContact(sven, coldRoom);
        try {
            signIn(SITE_CONTACT);
            assertTrue(
                    idNumbers(equipment.search(new EquipmentFilter(), 0, 100)).contains("MMX-CR1"));
            assertEquals("MMX-CR1", equipment.get(coldRoom).getItem().getIdNumber(), "he opens it");
            assertTrue(
                    cases.choicesForNewCase(null, coldRoom).getContracts().stream()
                            .anyMatch(k -> k.getLabel().equals("EQ-MMX-2026")),
                    "a case of his site about it is offered the contract on its list");

            signIn(TECHNICIAN);
            byte[] workbook = equipment
                    .exportItemsOfContact(sven, List.of("ID", "Description"))
                    .content();
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook read =
                    new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
                List<String> ids = new java.util.ArrayList<>();
                read.getSheetAt(0).forEach(row -> ids.add(row.getCell(0).getStringCellValue()));
                assertEquals("ID", ids.get(0));
                assertTrue(ids.containsAll(List.of("MMX-CR1", "GBG-FR2")), ids.toString());
            }
        } finally {
            stopSharing(sven, coldRoom);
        }
        assertFalse(equipment.itemsOfContact(sven).stream()
                .anyMatch(r -> r.getItem().getId() == coldRoom));
        signIn(SITE_CONTACT);
        assertThrows(NotFoundException.class, () -> equipment.get(coldRoom), "no longer shared with him");
    }

    @Test
    public void aShareCountsOnlyWhileTheContactIsOfTheItemsCompany() {
        long sven = 2;
        long coldRoom = item("MMX-CR1");
        signIn(TECHNICIAN);
        equipment.shareWithContact(sven, coldRoom);
        // his line manager is of his company, so he leaves it without one
        Long manager = contacts.formFor(sven).getLineManagerId();
        try {
            moveContact(sven, DemoData.customerId("Baltic Marine Ltd"), null);
            try {
                signIn(SITE_CONTACT);
                assertFalse(
                        idNumbers(equipment.search(new EquipmentFilter(), 0, 100))
                                .contains("MMX-CR1"),
                        "moved to another company, he no longer lists his old company's item");
                assertThrows(NotFoundException.class, () -> equipment.get(coldRoom), "nor opens it");
                signIn(TECHNICIAN);
                assertTrue(
                        equipment.itemsOfContact(sven).stream()
                                .noneMatch(r -> r.getItem().getId() == coldRoom),
                        "nor does his Items tab list it");
            } finally {
                signIn(TECHNICIAN);
                moveContact(sven, DemoData.customerId(GOTEBORG), manager);
            }
            signIn(SITE_CONTACT);
            assertEquals(
                    "MMX-CR1",
                    equipment.get(coldRoom).getItem().getIdNumber(),
                    "back in the company, the share counts again");
        } finally {
            stopSharing(sven, coldRoom);
        }
    }

    @Test
    public void aContractStopsCoveringAnItemWhoseSiteMovesToAnotherCompany() {
        long forklift = item("MMX-FL2");
        long goteborg = DemoData.customerId(GOTEBORG);
        signIn(TECHNICIAN);
        equipment.move(forklift, goteborg, "to the plant for a season");
        try {
            signIn(SITE_CONTACT);
            assertTrue(
                    offeredContracts(forklift).contains("EQ-MMX-2026"),
                    "within the company, the warehouse's list still covers the forklift at the plant");
            signIn(TECHNICIAN);
            moveSite(goteborg, DemoData.customerId("Baltic Marine Ltd"));
            try {
                signIn(SITE_CONTACT);
                assertFalse(
                        offeredContracts(forklift).contains("EQ-MMX-2026"),
                        "the plant moved to another company: Nordic Foods' contract no longer covers it");
            } finally {
                signIn(TECHNICIAN);
                moveSite(goteborg, DemoData.customerId("Nordic Foods AB"));
            }
        } finally {
            signIn(TECHNICIAN);
            equipment.move(forklift, DemoData.customerId(MALMO), null);
        }
    }

    private void stopSharing(long contactId, long itemId) {
        signIn(TECHNICIAN);
        ContactItemRow shared = equipment.itemsOfContact(contactId).stream()
                .filter(r -> r.getItem().getId() == itemId)
                .findFirst()
                .orElseThrow();
        equipment.stopSharingWithContact(contactId, itemId, shared.getVersion());
    }

    private List<String> offeredContracts(long item) {
        return cases.choicesForNewCase(null, item).getContracts().stream()
                .map(Choice::getLabel)
                .toList();
    }

    private void moveContact(long contactId, long toCustomerId, Long lineManagerId) {
        ContactForm form = contacts.formFor(contactId);
        form.setCustomerId(toCustomerId);
        form.setLineManagerId(lineManagerId);
        contacts.save(form);
    }

    private void moveSite(long siteId, long toCompanyId) {
        CustomerForm form = customers.formFor(siteId);
        form.setCompanyId(toCompanyId);
        customers.save(form);
    }

    @Test
    public void categoriesHaveOneNameEachAndOneInUseStays() {
        signIn(ADMINISTRATOR);
        ItemCategoryEntry twice = new ItemCategoryEntry();
        twice.setName("refrigeration");
        assertMessage("settings.duplicateName", () -> categories.saveCategory(twice));
        assertMessage("settings.inUse", () -> categories.deleteCategory(category("Refrigeration")));

        String name = unique("Lifts");
        ItemCategoryEntry lifts = new ItemCategoryEntry();
        lifts.setName(name);
        lifts.setFieldOne("Inspection certificate");
        categories.saveCategory(lifts);
        ItemCategoryEntry saved = categories.categories().stream()
                .filter(c -> c.getName().equals(name))
                .findFirst()
                .orElseThrow();
        assertEquals("Inspection certificate", saved.getFieldOne());
        categories.deleteCategory(saved.getId());
        assertTrue(categories.categories().stream().noneMatch(c -> c.getName().equals(name)));
    }

    private void settings(boolean add, boolean edit) {
        signIn(ADMINISTRATOR);
        EquipmentSettings settings = equipment.settings();
        settings.setAddAllowed(add);
        settings.setEditAllowed(edit);
        equipment.saveSettings(settings);
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    private static EquipmentFilter filter(Long customerId, String text) {
        EquipmentFilter filter = new EquipmentFilter();
        filter.setCustomerId(customerId);
        filter.setText(text);
        return filter;
    }

    private static EquipmentFilter filter(Long customerId, String text, Long categoryId) {
        EquipmentFilter filter = filter(customerId, text);
        filter.setCategoryId(categoryId);
        return filter;
    }

    private static long category(String name) {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT id FROM item_category WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EquipmentForm form(Long customerId, String description) {
        EquipmentForm form = new EquipmentForm();
        form.setCustomerId(customerId);
        form.setDescription(description);
        return form;
    }

    private static List<String> idNumbers(EquipmentPage page) {
        return page.getRows().stream().map(EquipmentRow::getIdNumber).toList();
    }

    private static List<String> references(EquipmentDetails details) {
        return details.getContracts().stream().map(CoverRow::getReference).toList();
    }

    private static void assertMessage(String key, Runnable action) {
        assertMessage(key, action, key);
    }

    private static void assertMessage(String key, Runnable action, String why) {
        BusinessException thrown = assertThrows(BusinessException.class, action::run, why);
        assertEquals(key, thrown.getMessageKey(), why);
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long item(String idNumber) {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT id FROM equipment WHERE id_number = ?")) {
            query.setString(1, idNumber);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insertContract(String reference, long customerId, long equipmentId, String state)
            throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO contract (id, reference, customer_id, equipment_id, contract_type, state,"
                                + " start_date, version) VALUES (NEXT VALUE FOR contract_seq, ?, ?, ?,"
                                + " 'SUBSCRIPTION', ?, CURRENT_DATE, 0)")) {
            insert.setString(1, reference);
            insert.setLong(2, customerId);
            insert.setLong(3, equipmentId);
            insert.setString(4, state);
            insert.executeUpdate();
        }
    }
}
