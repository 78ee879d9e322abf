package com.serviceportal.web.portal.orders;

import com.serviceportal.orders.OrderService;
import com.serviceportal.orders.OrderType;
import com.serviceportal.orders.PortalOrders;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The customer's orders ({@code /portal/orders/list.xhtml}): "All open orders" of every site it sees,
 * or with {@code ?site=<id>} (and {@code &type=SERVICE|INSTALL}) one site's, under the site's tabs. A
 * switch shows the completed (and cancelled) ones as well.
 */
@Named
@ViewScoped
public class OrderListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderService orders;

    @Inject
    private NotFoundResponse notFound;

    private Long site;
    private String type;
    private OrderType orderType;
    private boolean showAll;
    private PortalOrders list;

    public void load() {
        if (type != null && !type.isBlank()) {
            orderType = Arrays.stream(OrderType.values())
                    .filter(t -> t.name().equals(type))
                    .findFirst()
                    .orElse(null);
            if (orderType == null) {
                notFound.send();
                return;
            }
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public void refresh() {
        list = orders.visibleOrders(site, orderType, showAll);
    }

    public Long getSite() {
        return site;
    }

    public void setSite(Long site) {
        this.site = site;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public OrderType getOrderType() {
        return orderType;
    }

    public boolean isShowAll() {
        return showAll;
    }

    public void setShowAll(boolean showAll) {
        this.showAll = showAll;
    }

    public PortalOrders getList() {
        return list;
    }
}
