package com.serviceportal.web.desk.contracts;

import com.serviceportal.contracts.ContractChoices;
import com.serviceportal.contracts.ContractForm;
import com.serviceportal.contracts.ContractFormException;
import com.serviceportal.contracts.ContractRow;
import com.serviceportal.contracts.ContractService;
import com.serviceportal.contracts.ContractType;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
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
import java.util.Map;

/**
 * The desk's contract form ({@code /desk/contracts/edit.xhtml}, {@code ?id=…} to change one): the
 * fields follow the chosen type; saving opens the contract's page. A save refused because someone
 * else changed the contract meanwhile keeps what was typed, beside the contract as it now stands.
 */
@Named
@ViewScoped
public class ContractEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A problem of the form → the id of the field it concerns. */
    private static final Map<String, String> PROBLEM_FIELDS = Map.ofEntries(
            Map.entry("contract.error.referenceRequired", "reference"),
            Map.entry("contract.error.referenceTaken", "reference"),
            Map.entry("contract.error.customerRequired", "customer"),
            Map.entry("contract.error.typeRequired", "type"),
            Map.entry("contract.error.serviceLevelRequired", "serviceLevel"),
            Map.entry("contract.error.startRequired", "start"),
            Map.entry("contract.error.endRequired", "end"),
            Map.entry("contract.error.endBeforeStart", "end"),
            Map.entry("contract.error.hoursRequired", "includedHours"),
            Map.entry("contract.error.monthlyHoursRequired", "monthlyHours"),
            Map.entry("contract.error.rolloverDayRequired", "rolloverDay"));

    @Inject
    private ContractService contracts;

    @Inject
    private Feedback feedback;

    @Inject
    private NotFoundResponse notFound;

    @Inject
    private FacesContext faces;

    private Long id;

    @Valid
    private ContractForm form;

    private ContractChoices choices;

    private List<Difference> differences = List.of();

    public void load() {
        try {
            form = id == null ? contracts.newForm() : contracts.formFor(id);
            choices = contracts.choices(form.getCustomerId());
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    /** A customer was chosen: its equipment is offered. */
    public void customerChosen() {
        form.setEquipmentId(null);
        form.setItemIds(List.of());
        choices = contracts.choices(form.getCustomerId());
    }

    public String save() {
        try {
            ContractRow saved = contracts.save(form);
            feedback.info("contract.saved", saved.getReference());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/desk/contracts/detail?faces-redirect=true&id=" + saved.getId();
        } catch (ContractFormException e) {
            feedback.error(e);
            feedback.errorsBeside(e.getProblems(), PROBLEM_FIELDS);
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            ContractForm current = contracts.formFor(form.getId());
            differences = form.differencesFrom(current, choices.getServiceLevels());
            form.rebaseOn(current);
        } catch (BusinessException e) {
            feedback.error(e);
        }
        return null;
    }

    public ContractType[] getTypes() {
        return ContractType.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ContractForm getForm() {
        return form;
    }

    public ContractChoices getChoices() {
        return choices;
    }

    /** After a refused save: what the contract now holds where it differs from the form. */
    public List<Difference> getDifferences() {
        return differences;
    }
}
