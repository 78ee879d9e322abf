package com.serviceportal.web.portal.orders;

import com.serviceportal.orders.OrderDetails;
import com.serviceportal.orders.OrderService;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One order in the portal ({@code /portal/orders/order.xhtml?id=…}), showing what the portal settings
 * and the contact's options allow.
 */
@Named
@ViewScoped
public class OrderDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderService orders;

    @Inject
    private NotFoundResponse notFound;

    private Long id;
    private OrderDetails order;

    public void load() {
        try {
            if (id == null) {
                throw new NotFoundException();
            }
            order = orders.visibleOrder(id);
        } catch (NotFoundException e) {
            notFound.send();
        }
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
}
