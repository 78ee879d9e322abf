package com.serviceportal.web.desk.orders;

import com.serviceportal.orders.OrderChoices;
import com.serviceportal.orders.OrderFilter;
import com.serviceportal.orders.OrderRow;
import com.serviceportal.orders.OrderService;
import com.serviceportal.orders.OrderStatus;
import com.serviceportal.orders.OrderType;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The desk's orders ({@code /desk/orders/list.xhtml}), filtered by customer or site, type and status. */
@Named
@ViewScoped
public class DeskOrderListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderService orders;

    private final OrderFilter filter = new OrderFilter();
    private OrderChoices choices;
    private List<OrderRow> rows = List.of();

    public void load() {
        choices = orders.choices();
        filter();
    }

    public void filter() {
        rows = orders.list(filter);
    }

    public OrderFilter getFilter() {
        return filter;
    }

    public OrderChoices getChoices() {
        return choices;
    }

    public List<OrderRow> getRows() {
        return rows;
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public OrderType[] getTypes() {
        return OrderType.values();
    }
}
