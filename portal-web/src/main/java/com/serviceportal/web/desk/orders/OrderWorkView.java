package com.serviceportal.web.desk.orders;

import com.serviceportal.orders.LineDetails;
import com.serviceportal.orders.LineForm;
import com.serviceportal.orders.OrderChoices;
import com.serviceportal.orders.OrderDetails;
import com.serviceportal.orders.OrderSchedule;
import com.serviceportal.orders.OrderService;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One order at the desk ({@code /desk/orders/order.xhtml?id=…}): schedule it, add, change and remove
 * its lines, record the performed action, start, complete or cancel it. A refused change keeps what
 * was typed; when someone else changed the order meanwhile, beside the order as it now stands.
 */
@Named
@ViewScoped
public class OrderWorkView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A refusal that concerns one field → the id of that field in the form. */
    private static final Map<String, String> PROBLEM_FIELDS =
            Map.of("orders.error.performedActionTooLong", "performedAction");

    @Inject
    private OrderService orders;

    @Inject
    private Feedback feedback;

    @Inject
    private NotFoundResponse notFound;

    private Long id;
    private OrderDetails order;
    private OrderChoices choices;
    private OrderSchedule schedule;
    private String performedAction;

    @Valid
    private LineForm line = new LineForm();

    private List<Difference> differences = List.of();

    public void load() {
        try {
            show(orders.get(id));
            choices = orders.choices();
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public void saveSchedule() {
        change(() -> orders.schedule(id, order.version(), schedule), "orders.scheduleSaved");
    }

    public void saveLine() {
        if (change(() -> orders.saveLine(id, order.version(), line), "orders.lineSaved")) {
            line = new LineForm();
        }
    }

    public void editLine(LineDetails chosen) {
        line = LineForm.of(chosen);
    }

    public void newLine() {
        line = new LineForm();
    }

    public void removeLine(LineDetails chosen) {
        change(() -> orders.removeLine(id, order.version(), chosen.id()), "orders.lineRemoved");
        line = new LineForm();
    }

    public void savePerformedAction() {
        change(() -> orders.recordPerformedAction(id, order.version(), performedAction), "orders.performedActionSaved");
    }

    public void start() {
        change(() -> orders.start(id, order.version()), "orders.started");
    }

    public void complete() {
        change(() -> orders.complete(id, order.version()), "orders.completed");
    }

    public void cancel() {
        change(() -> orders.cancel(id, order.version()), "orders.cancelled");
    }

    private boolean change(Supplier<OrderDetails> action, String doneKey) {
        try {
            show(action.get());
            feedback.info(doneKey, Long.toString(order.number()));
            return true;
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            showBesideTyped(orders.get(id));
            return false;
        } catch (BusinessException e) {
            feedback.error(e, PROBLEM_FIELDS);
            // the forms keep what was typed, to be corrected and saved again; only the order itself is
            // read again, beside the forms should someone have changed it meanwhile
            OrderDetails current = orders.get(id);
            if (current.version() == order.version()) {
                order = current;
            } else {
                showBesideTyped(current);
            }
            return false;
        }
    }

    /** The order as it now stands; the forms keep what was typed, to be saved again over it. */
    private void showBesideTyped(OrderDetails current) {
        List<Difference> found = new ArrayList<>(schedule.differencesFrom(current, choices.technicians()));
        found.addAll(line.differencesFrom(current));
        found.addAll(Difference.collect()
                .value("order.performedAction", current.performedAction(), performedAction)
                .list());
        order = current;
        differences = List.copyOf(found);
    }

    private void show(OrderDetails shown) {
        order = shown;
        schedule = OrderSchedule.of(shown);
        performedAction = shown.performedAction();
        differences = List.of();
    }

    /** After a refused change: what the order now holds where it differs from the forms. */
    public List<Difference> getDifferences() {
        return differences;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrderDetails getOrder() {
        return order;
    }

    public OrderChoices getChoices() {
        return choices;
    }

    public OrderSchedule getSchedule() {
        return schedule;
    }

    public LineForm getLine() {
        return line;
    }

    public String getPerformedAction() {
        return performedAction;
    }

    public void setPerformedAction(String performedAction) {
        this.performedAction = performedAction;
    }
}
