package com.serviceportal.web.equipment;

import com.serviceportal.equipment.CategoryChoice;
import com.serviceportal.equipment.EquipmentForm;
import com.serviceportal.equipment.EquipmentPermissions;
import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.equipment.ItemCategoryService;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The new and edit equipment form as the portal's and the desk's pages both show it: {@code ?id=}
 * edits an item, none adds one ({@code ?customer=} preselects where). A save refused because someone
 * else changed the item meanwhile keeps what was typed, beside the item as it now stands.
 */
public abstract class EquipmentEditForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A refusal that concerns one field → the id of that field in the form. */
    private static final Map<String, String> PROBLEM_FIELDS = Map.of("equipment.error.customerRequired", "customer");

    @Inject
    private EquipmentService equipment;

    @Inject
    private ItemCategoryService categories;

    @Inject
    private NotFoundResponse notFound;

    @Inject
    private Feedback feedback;

    private Long id;
    private Long customer;

    @Valid
    private EquipmentForm form = new EquipmentForm();

    private EquipmentPermissions permissions;

    private List<CategoryChoice> categoryChoices = List.of();

    /** The chosen category, whose custom fields the form shows; {@code null} for none. */
    private CategoryChoice category;

    private List<Difference> differences = List.of();

    public void load() {
        try {
            permissions = equipment.permissions();
            if (id != null) {
                form = equipment.formFor(id);
            } else if (!permissions.isMayAdd()) {
                notFound.send();
            } else {
                form.setCustomerId(customer);
            }
            categoryChoices = categories.choices();
            categoryChosen();
        } catch (NotFoundException e) {
            notFound.send();
        } catch (BusinessException e) {
            notFound.send();
        }
    }

    public void save() {
        try {
            long saved = equipment.save(form);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            feedback.info(id == null ? "equipment.added" : "equipment.saved");
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + itemPage() + "?id=" + saved);
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            EquipmentForm current = equipment.formFor(form.getId());
            differences = form.differencesFrom(current);
            form.rebaseOn(current);
        } catch (BusinessException e) {
            feedback.error(e, PROBLEM_FIELDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A category was chosen: the form shows its custom fields. */
    public void categoryChosen() {
        category = categoryChoices.stream()
                .filter(c -> form.getCategoryId() != null && c.id() == form.getCategoryId())
                .findFirst()
                .orElse(null);
    }

    public List<CategoryChoice> getCategoryChoices() {
        return categoryChoices;
    }

    public CategoryChoice getCategory() {
        return category;
    }

    /** The item's page after saving, e.g. {@code /portal/equipment/item.xhtml}. */
    protected abstract String itemPage();

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCustomer() {
        return customer;
    }

    public void setCustomer(Long customer) {
        this.customer = customer;
    }

    public EquipmentForm getForm() {
        return form;
    }

    public EquipmentPermissions getPermissions() {
        return permissions;
    }

    /** After a refused save: what the item now holds where it differs from the form. */
    public List<Difference> getDifferences() {
        return differences;
    }

    public boolean isNew() {
        return id == null;
    }
}
