package com.serviceportal.it;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.cases.CaseConflictException;
import com.serviceportal.cases.CaseDetails;
import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.CaseWork;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.NewNote;
import com.serviceportal.cases.Severity;
import com.serviceportal.contracts.ContractForm;
import com.serviceportal.contracts.ContractRow;
import com.serviceportal.contracts.ContractService;
import com.serviceportal.contracts.ContractType;
import com.serviceportal.customers.ContactForm;
import com.serviceportal.customers.ContactService;
import com.serviceportal.customers.CustomerForm;
import com.serviceportal.customers.CustomerService;
import com.serviceportal.equipment.EquipmentForm;
import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.orders.LineForm;
import com.serviceportal.orders.OrderChangedException;
import com.serviceportal.orders.OrderDetails;
import com.serviceportal.orders.OrderForm;
import com.serviceportal.orders.OrderSchedule;
import com.serviceportal.orders.OrderService;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.security.Caller;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contracts, orders, contacts, customers and equipment: a save from a form read before someone else's save is
 * refused, the form can be compared with the record as it now stands and saved again, and changes
 * made in bulk (time drawn from a contract, an item moved to another site) move versions on too.
 * Every test works on records of its own.
 */
@ExtendWith(ArquillianExtension.class)
public class StaleSaveIT {

    private static final long STANDARD_LEVEL = 1;
    private static final String GOTEBORG = "Nordic Foods Göteborg plant";
    private static final String MALMO = "Nordic Foods Malmö warehouse";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(StaleSaveIT.class, DemoData.class);
    }

    @Inject
    private ContractService contracts;

    @Inject
    private OrderService orders;

    @Inject
    private ContactService contacts;

    @Inject
    private CustomerService customers;

    @Inject
    private EquipmentService equipment;

    @Inject
    private CaseService cases;

    @Inject
    private Caller caller;

    @Test
    public void contractSavedFromAnOlderFormIsRefusedAndSavedAgain() throws SQLException {
        signIn(TECHNICIAN);
        ContractRow contract = contracts.save(newContract(newCustomer(), ContractType.SUBSCRIPTION));
        ContractForm mine = contracts.formFor(contract.getId());

        signIn(ADMINISTRATOR);
        ContractForm theirs = contracts.formFor(contract.getId());
        theirs.setDescription("Renewed by phone");
        contracts.save(theirs);

        signIn(TECHNICIAN);
        mine.setDescription("Covers the night shift too");
        mine.setEndDate(mine.getStartDate().plusYears(2));
        assertThrows(ChangedMeanwhileException.class, () -> contracts.save(mine));
        ContractForm current = contracts.formFor(contract.getId());
        assertEquals("Renewed by phone", current.getDescription(), "nothing of the stale save was stored");

        List<Difference> differences = mine.differencesFrom(current, List.of());
        assertEquals(
                List.of("contract.end", "contract.description"),
                differences.stream().map(Difference::field).toList());
        assertEquals("Renewed by phone", differences.get(1).now());
        assertEquals("Covers the night shift too", differences.get(1).typed());

        mine.rebaseOn(current);
        contracts.save(mine);
        ContractForm saved = contracts.formFor(contract.getId());
        assertEquals("Covers the night shift too", saved.getDescription(), "saving again keeps what was typed");
        assertEquals(mine.getEndDate(), saved.getEndDate());
    }

    @Test
    public void timeRecordedOnACaseMovesItsContractsVersionOn() throws SQLException {
        long customer = newCustomer();
        long contact = newContact(customer);
        signIn(TECHNICIAN);
        ContractForm hours = newContract(customer, ContractType.SUPPORT_HOURS);
        ContractRow contract = contracts.save(hours);
        NewCase request = new NewCase();
        request.setCustomerId(customer);
        request.setContactId(contact);
        request.setContractId(contract.getId());
        request.setSummary(unique("Door controller resets"));
        request.setSeverity(Severity.MEDIUM);
        long number = cases.raise(request).getNumber();
        ContractForm readBefore = contracts.formFor(contract.getId());

        NewNote note = NewNote.of(cases.getByNumber(number));
        note.setText("Replaced the controller");
        note.setSpentHours(2);
        cases.addNote(note);

        readBefore.setDescription("Changed after the time was drawn");
        assertThrows(
                ChangedMeanwhileException.class,
                () -> contracts.save(readBefore),
                "drawing time is a change of the contract");
        assertEquals(
                "2 h", contracts.get(contract.getId()).contract().getHours().getUsed());
    }

    @Test
    public void orderChangedFromAnOlderPageIsRefusedAndChangedAgain() {
        signIn(TECHNICIAN);
        OrderForm form = orders.newOrder(null);
        form.setSiteId(DemoData.customerId(GOTEBORG));
        form.setDescription(unique("Replace the belt of conveyor 4"));
        OrderDetails read = orders.create(form);

        signIn(ADMINISTRATOR);
        OrderSchedule theirs = OrderSchedule.of(read);
        theirs.setPlannedDate(LocalDate.now().plusDays(3));
        OrderDetails scheduled = orders.schedule(read.id(), read.version(), theirs);

        signIn(TECHNICIAN);
        LineForm line = line("BELT-4", "1", "980.00");
        assertThrows(OrderChangedException.class, () -> orders.saveLine(read.id(), read.version(), line));
        assertThrows(
                OrderChangedException.class,
                () -> orders.recordPerformedAction(read.id(), read.version(), "Fitted the belt"));
        OrderSchedule mine = OrderSchedule.of(read);
        mine.setPlannedDate(LocalDate.now().plusDays(5));
        assertThrows(OrderChangedException.class, () -> orders.schedule(read.id(), read.version(), mine));
        assertEquals(
                List.of("order.planned"),
                mine.differencesFrom(orders.get(read.id()), List.of()).stream()
                        .map(Difference::field)
                        .toList());

        OrderDetails withLine = orders.saveLine(read.id(), scheduled.version(), line);
        assertEquals(1, withLine.lines().size(), "from the current version the line is added");
        assertThrows(
                OrderChangedException.class,
                () -> orders.schedule(read.id(), scheduled.version(), mine),
                "adding a line is a change of the order");
        OrderDetails rescheduled = orders.schedule(read.id(), withLine.version(), mine);
        assertEquals(LocalDate.now().plusDays(5), rescheduled.plannedDate());
    }

    @Test
    public void contactSavedFromAnOlderFormIsRefusedAndSavedAgain() {
        signIn(TECHNICIAN);
        String username = "stale" + UUID.randomUUID().toString().substring(0, 8);
        ContactForm created = ContactForm.blank();
        created.setFirstName("Kim");
        created.setLastName("Stale");
        created.setUsername(username);
        created.setEmail(username + "@nordicfoods.example");
        created.setCustomerId(DemoData.customerId(GOTEBORG));
        created.setWebAccess(true);
        long id = contacts.save(created);
        ContactForm mine = contacts.formFor(id);

        signIn(ADMINISTRATOR);
        ContactForm theirs = contacts.formFor(id);
        theirs.setPhone("+46 31 555 01 01");
        contacts.save(theirs);

        signIn(TECHNICIAN);
        mine.setTitle("Shift supervisor");
        assertThrows(ChangedMeanwhileException.class, () -> contacts.save(mine));
        ContactForm current = contacts.formFor(id);
        assertEquals(
                List.of("contact.title", "contact.phone"),
                mine.differencesFrom(current, contacts.choices(current.getCustomerId(), id)).stream()
                        .map(Difference::field)
                        .toList());
        mine.rebaseOn(current);
        contacts.save(mine);
        assertEquals("Shift supervisor", contacts.formFor(id).getTitle(), "saving again keeps what was typed");

        ContactForm beforeAccessChange = contacts.formFor(id);
        signIn(ADMINISTRATOR);
        ContactForm access = contacts.formFor(id);
        access.setWebAccess(false);
        contacts.save(access);
        signIn(TECHNICIAN);
        beforeAccessChange.setMobile("+46 70 555 01 02");
        assertThrows(
                ChangedMeanwhileException.class,
                () -> contacts.save(beforeAccessChange),
                "a change of the login alone is a change of the contact");
    }

    @Test
    public void customerSavedFromAnOlderFormIsRefusedAndSavedAgain() throws SQLException {
        long id = newCustomer();
        signIn(TECHNICIAN);
        CustomerForm mine = customers.formFor(id);

        signIn(ADMINISTRATOR);
        CustomerForm theirs = customers.formFor(id);
        theirs.getAddress().setCity("Luleå");
        customers.save(theirs);

        signIn(TECHNICIAN);
        mine.setName("Stale save test customer renamed " + id);
        assertThrows(ChangedMeanwhileException.class, () -> customers.save(mine));
        CustomerForm current = customers.formFor(id);
        assertEquals("Stale save test customer " + id, current.getName(), "nothing of the stale save was stored");
        List<Difference> differences = mine.differencesFrom(current, customers.choices(id));
        assertEquals(
                List.of("customer.name", "contact.city"),
                differences.stream().map(Difference::field).toList());
        assertEquals("Luleå", differences.get(1).now());

        mine.rebaseOn(current);
        customers.save(mine);
        CustomerForm saved = customers.formFor(id);
        assertEquals("Stale save test customer renamed " + id, saved.getName(), "saving again keeps what was typed");
        assertEquals(null, saved.getAddress().getCity(), "the form as it stands is saved, over what was seen");
    }

    @Test
    public void equipmentSavedFromAnOlderFormIsRefusedAndSavedAgain() {
        signIn(TECHNICIAN);
        EquipmentForm created = new EquipmentForm();
        created.setCustomerId(DemoData.customerId(GOTEBORG));
        created.setDescription(unique("Blast chiller"));
        long id = equipment.save(created);
        EquipmentForm mine = equipment.formFor(id);

        signIn(ADMINISTRATOR);
        EquipmentForm theirs = equipment.formFor(id);
        theirs.setMake("Frigomat");
        equipment.save(theirs);

        signIn(TECHNICIAN);
        mine.setSerialNumber("BC-2201");
        assertThrows(ChangedMeanwhileException.class, () -> equipment.save(mine));
        EquipmentForm current = equipment.formFor(id);
        assertEquals(
                List.of("equipment.serialNumber", "equipment.make"),
                mine.differencesFrom(current).stream().map(Difference::field).toList());
        mine.rebaseOn(current);
        equipment.save(mine);
        assertEquals("BC-2201", equipment.formFor(id).getSerialNumber(), "saving again keeps what was typed");
    }

    @Test
    public void movingAnItemMovesTheVersionsOfItsCasesAndContractsOn() throws SQLException {
        long goteborg = DemoData.customerId(GOTEBORG);
        signIn(TECHNICIAN);
        EquipmentForm item = new EquipmentForm();
        item.setCustomerId(goteborg);
        item.setDescription(unique("Ice machine"));
        long id = equipment.save(item);
        ContractForm onItem = newContract(goteborg, ContractType.SUPPORT_HOURS);
        onItem.setEquipmentId(id);
        ContractRow contract = contracts.save(onItem);
        signIn(SITE_CONTACT);
        NewCase request = new NewCase();
        request.setEquipmentId(id);
        request.setSummary(unique("Ice machine leaks"));
        request.setSeverity(Severity.MEDIUM);
        long number = cases.raise(request).getNumber();
        signIn(TECHNICIAN);
        CaseWork caseRead = CaseWork.of(cases.getByNumber(number));
        ContractForm contractRead = contracts.formFor(contract.getId());

        equipment.move(id, DemoData.customerId(MALMO), null);

        caseRead.setSeverity(Severity.HIGH);
        assertThrows(CaseConflictException.class, () -> cases.work(caseRead), "the case moved with the item");
        contractRead.setDescription("Read before the move");
        assertThrows(
                ChangedMeanwhileException.class,
                () -> contracts.save(contractRead),
                "the contract moved with the item");
        CaseDetails moved = cases.getByNumber(number);
        assertTrue(moved.getSite().startsWith("Nordic Foods Malmö"), moved.getSite());
    }

    private ContractForm newContract(long customer, ContractType type) {
        ContractForm form = ContractForm.blank(LocalDate.now());
        form.setReference("STALE-" + UUID.randomUUID().toString().substring(0, 12));
        form.setCustomerId(customer);
        form.setType(type);
        form.setServiceLevelId(STANDARD_LEVEL);
        form.setIncludedHours(type.isIncludedHours() ? 40 : null);
        form.setMonthlyHours(type.isMonthlyHours() ? 10 : null);
        return form;
    }

    private static LineForm line(String article, String quantity, String price) {
        LineForm line = new LineForm();
        line.setArticle(article);
        line.setQuantity(new BigDecimal(quantity));
        line.setPrice(new BigDecimal(price));
        return line;
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A customer of the test's own, so no other contract gets in the way. */
    private static long newCustomer() throws SQLException {
        long id = freshId();
        execute(
                "INSERT INTO customer (id, account_number, name, parent_id, version) VALUES (?, ?, ?, NULL, 0)",
                id,
                "ST" + id,
                "Stale save test customer " + id);
        return id;
    }

    private static long newContact(long customer) throws SQLException {
        long id = freshId();
        execute(
                "INSERT INTO contact (id, customer_id, first_name, last_name, email, version) VALUES (?, ?, ?, ?, ?, 0)",
                id,
                customer,
                "Test",
                "Contact " + id,
                "contact" + id + "@example.com");
        return id;
    }

    /** Far above the ids the sequences hand out. */
    private static long freshId() {
        return 800_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L);
    }

    private static void execute(String sql, Object... values) throws SQLException {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
