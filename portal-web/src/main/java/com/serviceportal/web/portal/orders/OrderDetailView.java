package com.serviceportal.web.portal.orders;

import com.serviceportal.documents.DocumentRow;
import com.serviceportal.documents.DocumentService;
import com.serviceportal.orders.OrderDetails;
import com.serviceportal.orders.OrderService;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One order in the portal ({@code /portal/orders/order.xhtml?id=…}), showing what the portal settings
 * and the contact's options allow, and the documents the desk published on it.
 */
@Named
@ViewScoped
public class OrderDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderService orders;

    @Inject
    private DocumentService documentService;

    @Inject
    private NotFoundResponse notFound;

    private Long id;
    private OrderDetails order;
    private List<DocumentRow> documents = List.of();

    public void load() {
        try {
            if (id == null) {
                throw new NotFoundException();
            }
            order = orders.visibleOrder(id);
            documents = documentService.orderDocuments(id);
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

    /** The order's published documents. */
    public List<DocumentRow> getDocuments() {
        return documents;
    }
}
