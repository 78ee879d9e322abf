package com.serviceportal.it;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.Severity;
import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.orders.LineForm;
import com.serviceportal.orders.OrderClosedException;
import com.serviceportal.orders.OrderDetails;
import com.serviceportal.orders.OrderFilter;
import com.serviceportal.orders.OrderForm;
import com.serviceportal.orders.OrderRow;
import com.serviceportal.orders.OrderSchedule;
import com.serviceportal.orders.OrderService;
import com.serviceportal.orders.OrderStatus;
import com.serviceportal.orders.OrderType;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Work orders: the desk creates, schedules, fills and completes them (also from a case); customers
 * reach only the orders of sites they see, and see lines, purchase prices, the performed action and
 * cancelled orders only as the portal settings and their own options say.
 */
@ExtendWith(ArquillianExtension.class)
public class WorkOrderIT {

    private static final String GOTEBORG = "Nordic Foods Göteborg plant";
    private static final String MALMO = "Nordic Foods Malmö warehouse";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(WorkOrderIT.class, DemoData.class);
    }

    @Inject
    private OrderService orders;

    @Inject
    private CaseService cases;

    @Inject
    private EquipmentService equipment;

    @Inject
    private Caller caller;

    /** The settings and options as installed, put back after each test. */
    private final java.util.Map<String, Object[]> installed = new java.util.HashMap<>();

    @BeforeEach
    void startFromKnownSettingsAndOptions() {
        installed.put("order-lines-shown", new Object[] {settingValue("order-lines-shown")});
        installed.put("cancelled-orders-hidden", new Object[] {settingValue("cancelled-orders-hidden")});
        installed.put(SITE_CONTACT, contactOptions(SITE_CONTACT));
        installed.put(COMPANY_CONTACT, contactOptions(COMPANY_CONTACT));
        setting("order-lines-shown", "false");
        setting("cancelled-orders-hidden", "false");
        contactOptions(SITE_CONTACT, false, false);
        contactOptions(COMPANY_CONTACT, false, false);
    }

    @AfterEach
    void restoreSettingsAndOptions() {
        setting("order-lines-shown", (String) installed.get("order-lines-shown")[0]);
        setting("cancelled-orders-hidden", (String) installed.get("cancelled-orders-hidden")[0]);
        for (String username : java.util.List.of(SITE_CONTACT, COMPANY_CONTACT)) {
            Object[] options = installed.get(username);
            contactOptions(username, (Boolean) options[0], (Boolean) options[1]);
        }
    }

    @Test
    public void deskCreatesSchedulesFillsAndCompletesAnOrder() {
        signIn(TECHNICIAN);
        OrderForm form = orders.newOrder(null);
        form.setSiteId(DemoData.customerId(GOTEBORG));
        form.setType(OrderType.INSTALL);
        form.setEquipmentId(equipmentId("GBG-CV3"));
        form.setDescription(unique("Install a second conveyor belt"));
        OrderDetails created = orders.create(form);
        assertEquals(OrderStatus.PLANNED, created.status());
        assertEquals(OrderType.INSTALL, created.type());
        assertTrue(created.equipment().startsWith("GBG-CV3"), created.equipment());
        assertEquals(0, BigDecimal.ZERO.compareTo(created.value()), "a new order is worth nothing yet");

        OrderSchedule schedule = OrderSchedule.of(created);
        schedule.setPlannedDate(LocalDate.of(2027, 3, 15));
        schedule.setVisitAt(LocalDateTime.of(2027, 3, 15, 9, 30));
        schedule.setTechnicianId(DemoData.accountId(TECHNICIAN));
        OrderDetails scheduled = orders.schedule(created.id(), created.version(), schedule);
        assertEquals(OrderStatus.SCHEDULED, scheduled.status(), "a planned date schedules the order");
        assertEquals(LocalDate.of(2027, 3, 15), scheduled.plannedDate());
        assertNotNull(scheduled.visitAt());
        assertEquals("Tom Technician", scheduled.technician());

        OrderDetails oneLineFirst =
                orders.saveLine(created.id(), scheduled.version(), line("BELT-2", "2", "1200.00", "800.00"));
        OrderDetails twoLines =
                orders.saveLine(created.id(), oneLineFirst.version(), line("LAB-H", "3.5", "950.00", null));
        assertEquals(2, twoLines.lines().size());
        assertEquals(new BigDecimal("5725.00"), twoLines.value().setScale(2), "2 × 1200 + 3.5 × 950");

        LineForm change = LineForm.of(twoLines.lines().get(0));
        change.setQuantity(new BigDecimal("3"));
        OrderDetails changed = orders.saveLine(created.id(), twoLines.version(), change);
        assertEquals(new BigDecimal("6925.00"), changed.value().setScale(2), "3 × 1200 + 3.5 × 950");

        OrderDetails oneLine = orders.removeLine(
                created.id(), changed.version(), changed.lines().get(1).id());
        assertEquals(1, oneLine.lines().size());
        assertEquals("BELT-2", oneLine.lines().get(0).article());
        assertEquals(new BigDecimal("3600.00"), oneLine.value().setScale(2));

        orders.recordPerformedAction(created.id(), oneLine.version(), "Mounted and aligned the new belt.");
        OrderDetails before = orders.get(created.id());
        OrderDetails completed = orders.complete(created.id(), before.version());
        assertEquals(OrderStatus.COMPLETED, completed.status());
        assertNotNull(completed.completedAt(), "completing keeps the time");
        assertEquals("Mounted and aligned the new belt.", completed.performedAction());

        assertThrows(
                OrderClosedException.class,
                () -> orders.saveLine(created.id(), completed.version(), line("EXTRA", "1", "10", null)),
                "a completed order takes no more lines");

        OrderFilter open = new OrderFilter();
        open.setCustomerId(DemoData.customerId(GOTEBORG));
        assertFalse(listed(orders.list(open), created.number()), "a completed order leaves the open list");
        OrderFilter all = new OrderFilter();
        all.setOpenOnly(false);
        all.setType(OrderType.INSTALL);
        all.setStatus(OrderStatus.COMPLETED);
        assertTrue(listed(orders.list(all), created.number()));
    }

    @Test
    public void orderFromACaseTakesItsSiteEquipmentAndDescriptionAndIsLinkedToIt() {
        signIn(SITE_CONTACT);
        NewCase request = new NewCase();
        String summary = unique("Freezer 2 ices up");
        request.setSummary(summary);
        request.setDescription("Ice on the evaporator every morning.");
        request.setSeverity(Severity.HIGH);
        request.setEquipmentId(equipmentId("GBG-FR2"));
        long caseNumber = cases.raise(request).getNumber();

        signIn(TECHNICIAN);
        OrderForm form = orders.newOrder(caseNumber);
        assertEquals(DemoData.customerId(GOTEBORG), form.getSiteId());
        assertEquals(equipmentId("GBG-FR2"), form.getEquipmentId());
        assertEquals(summary + "\n\nIce on the evaporator every morning.", form.getDescription());
        OrderDetails created = orders.create(form);
        assertEquals(caseNumber, created.caseNumber());
        assertEquals(OrderType.SERVICE, created.type());

        assertThrows(NotFoundException.class, () -> orders.newOrder(999_999_999L), "an unknown case");
    }

    @Test
    public void siteContactReachesNoOtherSitesOrdersByIdOrSite() {
        long malmo = DemoData.customerId(MALMO);
        OrderDetails onMalmo = createAsDesk(malmo, "Check the loading dock door");

        signIn(SITE_CONTACT);
        assertThrows(NotFoundException.class, () -> orders.visibleOrder(onMalmo.id()));
        assertThrows(NotFoundException.class, () -> orders.visibleOrders(malmo, null, true));
        assertFalse(listed(orders.visibleOrders(null, null, true).rows(), onMalmo.number()));
        assertThrows(NotFoundException.class, () -> orders.get(onMalmo.id()), "no desk access for customers");
        assertThrows(NotFoundException.class, () -> orders.visibleOrder(999_999_999L));

        signIn(OTHER_COMPANY_CONTACT);
        assertThrows(NotFoundException.class, () -> orders.visibleOrder(onMalmo.id()));
        assertFalse(listed(orders.visibleOrders(null, null, true).rows(), onMalmo.number()));

        signIn(COMPANY_CONTACT);
        assertEquals(onMalmo.number(), orders.visibleOrder(onMalmo.id()).number());
        assertTrue(listed(orders.visibleOrders(malmo, OrderType.SERVICE, false).rows(), onMalmo.number()));
        assertFalse(
                listed(orders.visibleOrders(malmo, OrderType.INSTALL, false).rows(), onMalmo.number()),
                "the install tab does not list a service order");
        assertTrue(listed(orders.visibleOrders(null, null, false).rows(), onMalmo.number()), "all open orders");
    }

    @Test
    public void orderLinesAreShownOnlyWhenThePortalSettingSaysSo() {
        OrderDetails order = orderWithLine();

        signIn(SITE_CONTACT);
        OrderDetails hidden = orders.visibleOrder(order.id());
        assertFalse(hidden.showLines());
        assertTrue(hidden.lines().isEmpty(), "no lines while the setting is off");
        assertNull(hidden.value(), "nor the value they add up to");

        setting("order-lines-shown", "true");
        OrderDetails shown = orders.visibleOrder(order.id());
        assertTrue(shown.showLines());
        assertEquals(1, shown.lines().size());
        assertEquals(new BigDecimal("1500.00"), shown.value().setScale(2));
    }

    @Test
    public void purchasePricesAreShownOnlyToContactsWithTheOption() {
        OrderDetails order = orderWithLine();
        setting("order-lines-shown", "true");

        signIn(SITE_CONTACT);
        OrderDetails without = orders.visibleOrder(order.id());
        assertFalse(without.showPurchasePrices());
        assertNull(without.lines().get(0).purchasePrice());

        contactOptions(SITE_CONTACT, true, false);
        signIn(SITE_CONTACT);
        OrderDetails with = orders.visibleOrder(order.id());
        assertTrue(with.showPurchasePrices());
        assertEquals(
                new BigDecimal("900.00"), with.lines().get(0).purchasePrice().setScale(2));

        signIn(COMPANY_CONTACT);
        assertNull(orders.visibleOrder(order.id()).lines().get(0).purchasePrice(), "the option is per contact");
    }

    @Test
    public void performedActionIsHiddenFromContactsWhoseOptionSaysSo() {
        OrderDetails order = orderWithLine();
        signIn(TECHNICIAN);
        orders.recordPerformedAction(order.id(), order.version(), "Replaced the fan motor.");

        signIn(SITE_CONTACT);
        OrderDetails shown = orders.visibleOrder(order.id());
        assertTrue(shown.showPerformedAction());
        assertEquals("Replaced the fan motor.", shown.performedAction());

        contactOptions(SITE_CONTACT, false, true);
        signIn(SITE_CONTACT);
        OrderDetails hidden = orders.visibleOrder(order.id());
        assertFalse(hidden.showPerformedAction());
        assertNull(hidden.performedAction());
    }

    @Test
    public void cancelledOrdersDisappearFromThePortalWhenTheSettingSaysSo() {
        long goteborg = DemoData.customerId(GOTEBORG);
        OrderDetails order = createAsDesk(goteborg, "Visit that was called off");
        orders.cancel(order.id(), order.version());

        signIn(SITE_CONTACT);
        assertEquals(OrderStatus.CANCELLED, orders.visibleOrder(order.id()).status());
        assertTrue(listed(orders.visibleOrders(goteborg, null, true).rows(), order.number()));
        assertFalse(
                listed(orders.visibleOrders(goteborg, null, false).rows(), order.number()),
                "open orders only by default");

        setting("cancelled-orders-hidden", "true");
        assertThrows(NotFoundException.class, () -> orders.visibleOrder(order.id()));
        assertFalse(listed(orders.visibleOrders(goteborg, null, true).rows(), order.number()));
        assertFalse(listed(orders.visibleOrders(null, null, true).rows(), order.number()));

        signIn(TECHNICIAN);
        assertEquals(OrderStatus.CANCELLED, orders.get(order.id()).status(), "the desk still sees it");
    }

    @Test
    public void cancelledOrdersDisappearFromTheItemPageWhenTheSettingSaysSo() {
        long freezer = equipmentId("GBG-FR2");
        signIn(TECHNICIAN);
        OrderForm form = orders.newOrder(null);
        form.setSiteId(DemoData.customerId(GOTEBORG));
        form.setEquipmentId(freezer);
        form.setDescription(unique("Freezer visit that was called off"));
        OrderDetails order = orders.create(form);
        orders.cancel(order.id(), order.version());

        signIn(SITE_CONTACT);
        assertTrue(onItemPage(freezer, order.number()), "listed while the setting is off");

        setting("cancelled-orders-hidden", "true");
        assertFalse(onItemPage(freezer, order.number()), "hidden on the item's page as on the order list");

        signIn(TECHNICIAN);
        assertTrue(onItemPage(freezer, order.number()), "the desk still sees it");
    }

    private boolean onItemPage(long itemId, long orderNumber) {
        return equipment.get(itemId).getOrders().stream().anyMatch(o -> o.getNumber() == orderNumber);
    }

    private OrderDetails orderWithLine() {
        OrderDetails order = createAsDesk(DemoData.customerId(GOTEBORG), "Fan of Freezer 2 is noisy");
        return orders.saveLine(order.id(), order.version(), line("FAN-M", "1", "1500.00", "900.00"));
    }

    private OrderDetails createAsDesk(long siteId, String description) {
        signIn(TECHNICIAN);
        OrderForm form = orders.newOrder(null);
        form.setSiteId(siteId);
        form.setDescription(unique(description));
        return orders.create(form);
    }

    private static LineForm line(String article, String quantity, String price, String purchasePrice) {
        LineForm line = new LineForm();
        line.setArticle(article);
        line.setQuantity(new BigDecimal(quantity));
        line.setPrice(new BigDecimal(price));
        line.setPurchasePrice(purchasePrice == null ? null : new BigDecimal(purchasePrice));
        return line;
    }

    private static boolean listed(java.util.List<OrderRow> rows, long number) {
        return rows.stream().anyMatch(r -> r.number() == number);
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long equipmentId(String idNumber) {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT id FROM equipment WHERE id_number = ?")) {
            statement.setString(1, idNumber);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String settingValue(String name) {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT setting_value FROM portal_setting WHERE name = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the contact sees purchase prices, and whether the performed action is hidden from it. */
    private static Object[] contactOptions(String username) {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT order_line_purchase_prices, hide_performed_action FROM contact"
                                + " WHERE id = (SELECT contact_id FROM user_account WHERE username = ?)")) {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new Object[] {rows.getBoolean(1), rows.getBoolean(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setting(String name, String value) {
        update("UPDATE portal_setting SET setting_value = ? WHERE name = ?", value, name);
    }

    private static void contactOptions(String username, boolean purchasePrices, boolean hidePerformedAction) {
        update(
                "UPDATE contact SET order_line_purchase_prices = ?, hide_performed_action = ?"
                        + " WHERE id = (SELECT contact_id FROM user_account WHERE username = ?)",
                purchasePrices,
                hidePerformedAction,
                username);
    }

    private static void update(String sql, Object... parameters) {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
