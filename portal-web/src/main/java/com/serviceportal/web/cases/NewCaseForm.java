package com.serviceportal.web.cases;

import com.serviceportal.cases.AnalysisQuestion;
import com.serviceportal.cases.AnswersTooLongException;
import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.NewCaseChoices;
import com.serviceportal.cases.RaisedCase;
import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.equipment.NewCaseStart;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.NotFoundResponse;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The new-case form as the customer's and the desk's pages both show it: the lists follow the
 * chosen customer, equipment and subject, and saving hands the whole draft to the service. With
 * {@code ?equipment=} ("Add case for equipment") it starts with that item and its site chosen.
 */
public abstract class NewCaseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A refusal that concerns one field → the id of that field in the form. */
    private static final Map<String, String> PROBLEM_FIELDS = Map.of(
            "case.error.customerRequired", "customer",
            "case.error.contactRequired", "contact",
            "case.error.contactOfOtherCustomer", "contact",
            "case.error.subtypeOfOtherSubject", "subtype");

    @Inject
    private CaseService caseService;

    @Inject
    private Feedback feedback;

    @Inject
    private EquipmentService equipmentService;

    @Inject
    private NotFoundResponse notFound;

    /** {@code ?equipment=}: the form starts with that item and its site chosen. */
    private Long equipment;

    @Valid
    private final NewCase draft = new NewCase();

    private NewCaseChoices choices;
    private List<Choice> subtypes = List.of();
    private RaisedCase raised;

    public void load() {
        if (equipment != null && draft.getEquipmentId() == null) {
            try {
                NewCaseStart start = equipmentService.newCaseStart(equipment);
                draft.setCustomerId(start.getCustomerId());
                draft.setEquipmentId(start.getEquipmentId());
            } catch (NotFoundException e) {
                notFound.send();
                return;
            }
        }
        refreshChoices();
        if (draft.getCustomerId() == null
                && !isCustomerChosenByDesk()
                && !choices.getCustomers().isEmpty()) {
            draft.setCustomerId(choices.getCustomers().get(0).getId());
            refreshChoices();
        }
    }

    /** A new customer brings its own contacts, equipment and contracts. */
    public void customerChanged() {
        draft.setContactId(null);
        draft.setEquipmentId(null);
        draft.setContractId(null);
        refreshChoices();
    }

    /** Equipment brings the contracts that cover it. */
    public void equipmentChanged() {
        draft.setContractId(null);
        refreshChoices();
    }

    public void subjectChanged() {
        draft.setSubtypeId(null);
        subtypes = choices.subtypesOf(draft.getSubjectId());
    }

    public void save() {
        try {
            raised = caseService.raise(draft);
        } catch (AnswersTooLongException e) {
            feedback.error(e);
            // Each answer's field is the row of the form's question list with the field's index.
            List<AnalysisQuestion> questions = choices.getAnalysisFields();
            for (int i = 0; i < questions.size(); i++) {
                if (e.getFieldIds().contains(questions.get(i).getId())) {
                    feedback.errorAt("newCase:questions:" + i + ":answer", "case.error.answerTooLongHere", e.getMax());
                }
            }
        } catch (BusinessException e) {
            feedback.error(e, PROBLEM_FIELDS);
        }
    }

    public Long getEquipment() {
        return equipment;
    }

    public void setEquipment(Long equipment) {
        this.equipment = equipment;
    }

    /** The desk chooses the customer first; a contact starts on its own customer. */
    protected abstract boolean isCustomerChosenByDesk();

    private void refreshChoices() {
        choices = caseService.choicesForNewCase(draft.getCustomerId(), draft.getEquipmentId());
        if (draft.getContactId() == null && !choices.getContacts().isEmpty() && !isCustomerChosenByDesk()) {
            draft.setContactId(choices.getContacts().get(0).getId());
        }
        if (draft.getCaseTypeId() == null) {
            draft.setCaseTypeId(choices.getDefaultCaseTypeId());
        }
        subtypes = choices.subtypesOf(draft.getSubjectId());
    }

    public NewCase getDraft() {
        return draft;
    }

    public NewCaseChoices getChoices() {
        return choices;
    }

    public List<Choice> getSubtypes() {
        return subtypes;
    }

    public RaisedCase getRaised() {
        return raised;
    }
}
