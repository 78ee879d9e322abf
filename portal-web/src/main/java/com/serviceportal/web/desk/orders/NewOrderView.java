package com.serviceportal.web.desk.orders;

import com.serviceportal.orders.OrderChoices;
import com.serviceportal.orders.OrderDetails;
import com.serviceportal.orders.OrderForm;
import com.serviceportal.orders.OrderService;
import com.serviceportal.orders.OrderType;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;

/**
 * A new order at the desk ({@code /desk/orders/new.xhtml}); with {@code ?case=<number>} it is
 * prefilled from the case (site, equipment, description) and linked to it.
 */
@Named
@ViewScoped
public class NewOrderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderService orders;

    @Inject
    private Feedback feedback;

    @Inject
    private NotFoundResponse notFound;

    @Inject
    private FacesContext faces;

    private Long caseNumber;
    private OrderChoices choices;
    private List<Choice> equipment = List.of();

    @Valid
    private OrderForm form = new OrderForm();

    public void load() {
        try {
            form = orders.newOrder(caseNumber);
            choices = orders.choices();
            siteChosen();
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public void siteChosen() {
        equipment = form.getSiteId() == null ? List.of() : orders.equipmentOn(form.getSiteId());
    }

    public String create() {
        try {
            OrderDetails created = orders.create(form);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            feedback.info("orders.created", Long.toString(created.number()));
            return "/desk/orders/order?faces-redirect=true&id=" + created.id();
        } catch (BusinessException e) {
            feedback.error(e);
            return null;
        }
    }

    public Long getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(Long caseNumber) {
        this.caseNumber = caseNumber;
    }

    public OrderChoices getChoices() {
        return choices;
    }

    public List<Choice> getEquipment() {
        return equipment;
    }

    public OrderForm getForm() {
        return form;
    }

    public OrderType[] getTypes() {
        return OrderType.values();
    }
}
