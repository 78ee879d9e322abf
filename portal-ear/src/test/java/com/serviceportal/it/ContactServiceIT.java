package com.serviceportal.it;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.Severity;
import com.serviceportal.customers.ContactFieldEntry;
import com.serviceportal.customers.ContactFile;
import com.serviceportal.customers.ContactForm;
import com.serviceportal.customers.ContactFormException;
import com.serviceportal.customers.ContactRow;
import com.serviceportal.customers.ContactSearch;
import com.serviceportal.customers.ContactService;
import com.serviceportal.customers.ExportFormat;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.AccessScope;
import com.serviceportal.security.AccountService;
import com.serviceportal.security.Caller;
import com.serviceportal.security.SignInDetails;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contact accounts against the real server: the form's rules named at once, unique usernames, fields
 * owned by the directory, aliases and the send-to address the outbox uses, the sites a contact sees,
 * reversible delete and sign-in, search by any field, custom field and creation date, the exports
 * read back as a spreadsheet would, and the vCard. Each test makes contacts of its own.
 */
@ExtendWith(ArquillianExtension.class)
public class ContactServiceIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(ContactServiceIT.class, DemoData.class);
    }

    @Inject
    private ContactService contacts;

    @Inject
    private CaseService cases;

    @Inject
    private AccountService accounts;

    @Inject
    private Caller caller;

    private long nordicFoods;
    private long goteborg;
    private long malmo;

    @BeforeEach
    void signInAtTheDesk() {
        caller.signIn(DemoData.accountId(TECHNICIAN));
        nordicFoods = DemoData.customerId("Nordic Foods AB");
        goteborg = DemoData.customerId("Nordic Foods Göteborg plant");
        malmo = DemoData.customerId("Nordic Foods Malmö warehouse");
    }

    @Test
    public void everyProblemOfTheFormIsNamedAtOnce() {
        ContactForm empty = contacts.newForm();
        empty.setEmail("not an address");
        empty.getAddress().setPostcode("1".repeat(21));
        empty.getAddress().setCountryCode("XX");
        empty.setTimeZone("Mars/Olympus");
        empty.setAliases(List.of("also-not-an-address"));
        ContactFormException problems = assertThrows(ContactFormException.class, () -> contacts.save(empty));
        assertEquals(
                List.of(
                        "contact.error.required.firstName",
                        "contact.error.required.lastName",
                        "contact.error.required.username",
                        "address.error.tooLong.postcode",
                        "address.error.country",
                        "contact.error.emailSyntax",
                        "contact.error.customerRequired",
                        "contact.error.timeZone",
                        "contact.error.aliasSyntax"),
                problems.getProblems());
    }

    @Test
    public void aNewContactGetsALoginWithoutPasswordAndItsUsernameIsUnique() {
        String username = unique("kim");
        ContactForm form = form(username, nordicFoods);
        form.setTitle("Plant engineer");
        form.getAddress().setCountryCode("SE");
        form.setTimeZone("Europe/Stockholm");
        form.setLanguage("sv");
        long id = contacts.save(form);

        ContactForm saved = contacts.formFor(id);
        assertEquals(username, saved.getUsername());
        assertTrue(saved.isWebAccess());
        assertEquals("Plant engineer", saved.getTitle());
        assertEquals("Europe/Stockholm", saved.getTimeZone());
        assertNull(
                accounts.findSignIn(username).map(SignInDetails::passwordHash).orElse(null),
                "no password until the contact sets one");

        ContactForm taken = form(username.toUpperCase(), goteborg);
        assertEquals(
                List.of("contact.error.usernameTaken"),
                assertThrows(ContactFormException.class, () -> contacts.save(taken))
                        .getProblems());
        ContactForm demoTaken = form(COMPANY_CONTACT, goteborg);
        assertThrows(ContactFormException.class, () -> contacts.save(demoTaken));

        saved.setPhone("+46 31 555 00 00");
        saved.setLineManagerId(id);
        assertEquals(
                List.of("contact.error.lineManager"),
                assertThrows(ContactFormException.class, () -> contacts.save(saved))
                        .getProblems(),
                "a contact is not its own line manager");
    }

    @Test
    public void fieldsOwnedByTheDirectoryAreRefused() throws SQLException {
        String username = unique("dir");
        long id = contacts.save(form(username, nordicFoods));
        update(
                "UPDATE user_account SET directory_dn = ? WHERE username = ?",
                "uid=" + username + ",ou=people",
                username);

        ContactForm renamed = contacts.formFor(id);
        assertTrue(renamed.isDirectoryOwned());
        renamed.setLastName("Changed");
        renamed.setUsername(username + "x");
        assertEquals(
                List.of("contact.error.directoryOwned"),
                assertThrows(ContactFormException.class, () -> contacts.save(renamed))
                        .getProblems());

        ContactForm phone = contacts.formFor(id);
        phone.setPhone("+46 8 123 45");
        contacts.save(phone);
        assertEquals("+46 8 123 45", contacts.formFor(id).getPhone(), "other fields still change");
    }

    @Test
    public void mailGoesToTheSendToAlias() throws SQLException {
        String username = unique("alias");
        ContactForm form = form(username, goteborg);
        String alias = username + "@plant.example";
        form.setAliases(List.of(alias, username + "@home.example"));
        form.setSendTo(alias);
        long id = contacts.save(form);
        assertEquals(alias, contacts.formFor(id).getSendTo());

        ContactForm wrong = contacts.formFor(id);
        wrong.setSendTo("someone@else.example");
        wrong.getAliases().add(wrong.getEmail());
        assertEquals(
                List.of("contact.error.aliasIsPrimary", "contact.error.sendTo"),
                assertThrows(ContactFormException.class, () -> contacts.save(wrong))
                        .getProblems());

        caller.signIn(DemoData.accountId(username));
        NewCase request = new NewCase();
        request.setSummary("Mixer noisy " + username);
        request.setSeverity(Severity.LOW);
        cases.raise(request);
        assertEquals(1, count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", alias));
        assertEquals(0, count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", form.getEmail()));

        caller.signIn(DemoData.accountId(TECHNICIAN));
        ContactSearch byAlias = new ContactSearch();
        byAlias.setText("home.example " + username);
        assertEquals(List.of(id), ids(byAlias), "the search finds aliases");
    }

    @Test
    public void aChangedAddressIsToldAtTheOldAndTheNewAddress() throws SQLException {
        String username = unique("moved");
        ContactForm form = form(username, goteborg);
        long id = contacts.save(form);
        String old = form.getEmail();
        String moved = username + "@new-plant.example";

        ContactForm renamed = contacts.formFor(id);
        renamed.setPhone("+46 31 555 01 01");
        contacts.save(renamed);
        assertEquals(
                0, count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", old), "no notice without a change");

        ContactForm changed = contacts.formFor(id);
        changed.setEmail(moved);
        contacts.save(changed);
        assertEquals(1, count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", old));
        assertEquals(1, count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", moved));
    }

    @Test
    public void chosenSitesNarrowWhatTheContactSees() {
        String username = unique("sites");
        ContactForm form = form(username, nordicFoods);
        form.setAllSites(false);
        form.setSiteIds(List.of(goteborg));
        contacts.save(form);

        caller.signIn(DemoData.accountId(username));
        AccessScope scope = caller.scope();
        assertEquals(Set.of(goteborg), ((AccessScope.Customers) scope).customerIds());
        assertFalse(scope.sees(malmo));
        assertFalse(scope.sees(nordicFoods));

        caller.signIn(DemoData.accountId(TECHNICIAN));
        ContactForm foreign = form(unique("foreign"), goteborg);
        foreign.setAllSites(false);
        foreign.setSiteIds(List.of(malmo));
        assertEquals(
                List.of("contact.error.sites"),
                assertThrows(ContactFormException.class, () -> contacts.save(foreign))
                        .getProblems(),
                "a site contact cannot be given a sibling site");

        caller.signIn(DemoData.accountId(COMPANY_CONTACT));
        assertEquals(
                Set.of(nordicFoods, goteborg, malmo),
                ((AccessScope.Customers) caller.scope()).customerIds(),
                "all sites");
        assertThrows(NotFoundException.class, () -> contacts.search(new ContactSearch(), 0, 10), "desk only");
    }

    @Test
    public void aDeletedContactCannotSignInUntilItIsEnabledAgain() {
        String username = unique("gone");
        long id = contacts.save(form(username, goteborg));
        long account = DemoData.accountId(username);
        accounts.changePassword(account, "Another-Secret-2026".toCharArray());
        assertTrue(accounts.findSignIn(username).isPresent());

        contacts.delete(id);
        assertTrue(accounts.findSignIn(username).isEmpty(), "deleted: no sign-in");
        ContactSearch active = new ContactSearch();
        active.setText(username);
        assertEquals(List.of(), ids(active));
        ContactSearch deleted = new ContactSearch();
        deleted.setText(username);
        deleted.setDeleted(true);
        assertEquals(List.of(id), ids(deleted), "found with show deleted");
        assertTrue(contacts.formFor(id).isDeleted());

        contacts.restore(id);
        assertTrue(accounts.findSignIn(username).isPresent(), "enabled again");
        assertEquals(List.of(id), ids(active));
        assertEquals(List.of(), ids(deleted));
    }

    @Test
    public void searchByCustomFieldAndCreationDate() {
        caller.signIn(DemoData.accountId(ADMINISTRATOR));
        String label = unique("Badge");
        List<ContactFieldEntry> fields = new ArrayList<>(contacts.fields());
        ContactFieldEntry badge = new ContactFieldEntry();
        badge.setLabel(label);
        badge.setSortOrder(99);
        fields.add(badge);
        contacts.saveFields(fields);
        long fieldId = contacts.fields().stream()
                .filter(f -> f.getLabel().equals(label))
                .findFirst()
                .orElseThrow()
                .getId();

        caller.signIn(DemoData.accountId(TECHNICIAN));
        assertThrows(NotFoundException.class, () -> contacts.fields(), "administrators define fields");
        String username = unique("field");
        ContactForm form = form(username, malmo);
        String badgeNumber = "B-" + username;
        form.getFieldValues().put(fieldId, badgeNumber);
        long id = contacts.save(form);
        assertEquals(badgeNumber, contacts.formFor(id).getFieldValues().get(fieldId));

        ContactSearch byField = new ContactSearch();
        byField.setFieldId(fieldId);
        byField.setFieldValue(badgeNumber.toLowerCase());
        assertEquals(List.of(id), ids(byField));

        ContactSearch today = new ContactSearch();
        today.setText(username);
        today.setCreatedFrom(LocalDate.now());
        today.setCreatedTo(LocalDate.now());
        assertEquals(List.of(id), ids(today));
        today.setCreatedFrom(LocalDate.now().plusDays(1));
        today.setCreatedTo(null);
        assertEquals(List.of(), ids(today), "not created from tomorrow");
        today.setCreatedFrom(null);
        today.setCreatedTo(LocalDate.now().minusDays(1));
        assertEquals(List.of(), ids(today), "not created up to yesterday");

        ContactSearch wildcard = new ContactSearch();
        wildcard.setText("%");
        assertTrue(ids(wildcard).isEmpty(), "a wildcard is taken literally");
    }

    @Test
    public void exportsNeutraliseFormulasAsASpreadsheetReadsThem() throws IOException {
        String username = unique("xls");
        ContactForm form = form(username, goteborg);
        form.setFirstName("=HYPERLINK(\"http://evil.example\")");
        form.setPhone("+46 31 1");
        form.getAddress().setCity("@SUM(A1)");
        contacts.save(form);
        ContactSearch search = new ContactSearch();
        search.setText(username);
        List<String> headers = List.of(
                "Name",
                "E-mail",
                "Username",
                "Web",
                "Customer",
                "Company",
                "Phone",
                "Mobile",
                "City",
                "Country",
                "Created",
                "Last sign-in");

        ContactFile excel = contacts.export(search, ExportFormat.EXCEL, headers);
        assertTrue(excel.fileName().endsWith(".xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.content()))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            for (Cell cell : row) {
                assertEquals(CellType.STRING, cell.getCellType(), "no cell is a formula");
            }
            assertEquals(
                    "'=HYPERLINK(\"http://evil.example\") Test", row.getCell(0).getStringCellValue());
            assertEquals(username, row.getCell(2).getStringCellValue());
            assertEquals("'+46 31 1", row.getCell(6).getStringCellValue());
            assertEquals("'@SUM(A1)", row.getCell(8).getStringCellValue());
            assertEquals("Nordic Foods AB", row.getCell(5).getStringCellValue());
        }

        ContactFile csv = contacts.export(search, ExportFormat.CSV, headers);
        try (CSVParser parser = CSVParser.parse(
                new InputStreamReader(new ByteArrayInputStream(csv.content()), StandardCharsets.UTF_8),
                CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(1, records.size());
            assertEquals(
                    "'=HYPERLINK(\"http://evil.example\") Test", records.get(0).get(0));
            assertEquals("'@SUM(A1)", records.get(0).get("City"));
            assertEquals("Nordic Foods Göteborg plant", records.get(0).get("Customer"));
        }
    }

    @Test
    public void withTheSettingTheEmailAddressIsTheUsernameAndFollowsIt() throws SQLException {
        update("UPDATE portal_setting SET setting_value = 'true' WHERE name = 'email-as-username'");
        try {
            assertTrue(contacts.choices(goteborg, null).emailIsUsername(), "the form asks for no username");
            String name = unique("mail");
            ContactForm form = form("typed-" + name, goteborg);
            form.setEmail(name + "@Plant.example");
            long id = contacts.save(form);
            assertEquals(
                    name.toLowerCase() + "@plant.example", contacts.formFor(id).getUsername());

            ContactForm moved = contacts.formFor(id);
            moved.setEmail(name + "@new-plant.example");
            contacts.save(moved);
            assertEquals(
                    name.toLowerCase() + "@new-plant.example",
                    contacts.formFor(id).getUsername(),
                    "a changed address changes the login");
        } finally {
            update("UPDATE portal_setting SET setting_value = 'false' WHERE name = 'email-as-username'");
        }
        assertFalse(contacts.choices(goteborg, null).emailIsUsername());
    }

    @Test
    public void theVCardCarriesTheContact() {
        String username = unique("card");
        ContactForm form = form(username, goteborg);
        form.setTitle("Dr");
        form.setFirstName("Åsa");
        form.getAddress().setLine1("Hamngatan 1, Port 4");
        form.getAddress().setCity("Göteborg");
        form.getAddress().setPostcode("411 06");
        form.getAddress().setCountryCode("SE");
        form.setMobile("+46 70 123 45 67");
        form.setAliases(List.of(username + "@other.example"));
        long id = contacts.save(form);

        ContactFile card = contacts.vCard(id);
        String text = new String(card.content(), StandardCharsets.UTF_8);
        assertTrue(card.fileName().endsWith(".vcf"));
        assertTrue(text.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"), text);
        // as an address book reads it
        ezvcard.VCard read = ezvcard.Ezvcard.parse(text).first();
        assertEquals(List.of("Dr"), read.getStructuredName().getPrefixes(), "the honorific is the name's prefix");
        assertEquals("Test", read.getStructuredName().getFamily());
        assertEquals("Åsa", read.getStructuredName().getGiven());
        assertEquals("Åsa Test", read.getFormattedName().getValue());
        assertTrue(read.getTitles().isEmpty(), "an honorific is not a job title");
        assertEquals(
                List.of("Nordic Foods AB", "Nordic Foods Göteborg plant"),
                read.getOrganization().getValues());
        assertEquals(
                List.of(form.getEmail(), username + "@other.example"),
                read.getEmails().stream().map(ezvcard.property.Email::getValue).toList());
        assertEquals(1, read.getEmails().get(0).getPref());
        ezvcard.property.Address address = read.getAddresses().get(0);
        assertEquals(List.of("Hamngatan 1, Port 4"), address.getStreetAddresses());
        assertEquals("Göteborg", address.getLocality());
        assertEquals("411 06", address.getPostalCode());
        assertEquals("Sweden", address.getCountry());
        assertEquals("+46 70 123 45 67", read.getTelephoneNumbers().get(0).getText());
        assertTrue(read.getTelephoneNumbers().get(0).getTypes().contains(ezvcard.parameter.TelephoneType.CELL));
        assertTrue(text.endsWith("END:VCARD\r\n"));
    }

    private static ContactForm form(String username, long customerId) {
        ContactForm form = ContactForm.blank();
        form.setFirstName("Kim");
        form.setLastName("Test");
        form.setUsername(username);
        form.setEmail(username + "@nordicfoods.example");
        form.setCustomerId(customerId);
        form.setWebAccess(true);
        return form;
    }

    private List<Long> ids(ContactSearch search) {
        return contacts.search(search, 0, 50).rows().stream()
                .map(ContactRow::id)
                .toList();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void update(String sql, String... parameters) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static long count(String sql, String parameter) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
