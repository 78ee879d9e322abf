package com.serviceportal.web.desk.settings;

import com.serviceportal.orders.OrderService;
import com.serviceportal.orders.OrderSettings;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;

/** The settings of orders and fault reports ({@code /desk/settings/orders.xhtml}). */
@Named
@ViewScoped
public class OrderSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderService orders;

    @Inject
    private Feedback feedback;

    @Valid
    private OrderSettings values = new OrderSettings();

    public void load() {
        values = orders.settings();
    }

    public void save() {
        try {
            orders.saveSettings(values);
            feedback.info("orders.settings.saved");
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public OrderSettings getValues() {
        return values;
    }
}
