package com.serviceportal.web.desk.settings;

import com.serviceportal.orders.OrderService;
import com.serviceportal.orders.OrderSettings;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.settings.VersionedForm;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;

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

    /** After a refused save: where the settings as they now stand differ from the form. */
    private List<Difference> differences = List.of();

    public void load() {
        values = orders.settings();
    }

    public void save() {
        try {
            orders.saveSettings(values);
            feedback.info("orders.settings.saved");
            differences = List.of();
            load();
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            differences = VersionedForm.compareWith(values, orders.settings());
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public OrderSettings getValues() {
        return values;
    }

    public List<Difference> getDifferences() {
        return differences;
    }
}
