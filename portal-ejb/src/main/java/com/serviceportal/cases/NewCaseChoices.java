package com.serviceportal.cases;

import com.serviceportal.platform.Choice;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Everything the new-case form offers for one customer (and item of equipment). The lists are
 * already narrowed to what the caller may choose, and the service checks the choice again. A class
 * with getters rather than a record because Jakarta EL 5 reads only bean getters.
 */
public final class NewCaseChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Choice> customers;
    private final List<Choice> contacts;
    private final List<Choice> endUserContacts;
    private final List<Choice> equipment;
    private final List<Choice> contracts;
    private final List<Choice> caseTypes;
    private final Long defaultCaseTypeId;
    private final List<Choice> faultCodes;
    private final List<SeverityChoice> severities;
    private final List<Choice> subjects;
    private final Map<Long, List<Choice>> subtypes;
    private final List<AnalysisQuestion> analysisFields;

    /**
     * @param customers the company and the sites the case may be for
     * @param contacts the caller and the colleagues the case may be raised for
     * @param endUserContacts the end users' contacts the case may be for (label: name, detail: their
     *     organisation): those whose partner is the customer or its company
     * @param equipment the chosen customer's equipment
     * @param contracts the active contracts that cover the customer or the chosen equipment
     * @param caseTypes the case types (the desk chooses; customers' cases get the default)
     * @param faultCodes the fault codes by friendly name; empty when fault codes are switched off
     * @param subtypes each subject's subtypes, by subject id
     */
    public NewCaseChoices(
            List<Choice> customers,
            List<Choice> contacts,
            List<Choice> endUserContacts,
            List<Choice> equipment,
            List<Choice> contracts,
            List<Choice> caseTypes,
            Long defaultCaseTypeId,
            List<Choice> faultCodes,
            List<SeverityChoice> severities,
            List<Choice> subjects,
            Map<Long, List<Choice>> subtypes,
            List<AnalysisQuestion> analysisFields) {
        this.customers = List.copyOf(customers);
        this.contacts = List.copyOf(contacts);
        this.endUserContacts = List.copyOf(endUserContacts);
        this.equipment = List.copyOf(equipment);
        this.contracts = List.copyOf(contracts);
        this.caseTypes = List.copyOf(caseTypes);
        this.defaultCaseTypeId = defaultCaseTypeId;
        this.faultCodes = List.copyOf(faultCodes);
        this.severities = List.copyOf(severities);
        this.subjects = List.copyOf(subjects);
        this.subtypes = Map.copyOf(subtypes);
        this.analysisFields = List.copyOf(analysisFields);
    }

    public List<Choice> subtypesOf(Long subjectId) {
        return subjectId == null ? List.of() : subtypes.getOrDefault(subjectId, List.of());
    }

    public boolean isFaultCodesEnabled() {
        return !faultCodes.isEmpty();
    }

    public List<Choice> getCustomers() {
        return customers;
    }

    public List<Choice> getContacts() {
        return contacts;
    }

    public List<Choice> getEndUserContacts() {
        return endUserContacts;
    }

    public List<Choice> getEquipment() {
        return equipment;
    }

    public List<Choice> getContracts() {
        return contracts;
    }

    public List<Choice> getCaseTypes() {
        return caseTypes;
    }

    public Long getDefaultCaseTypeId() {
        return defaultCaseTypeId;
    }

    public List<Choice> getFaultCodes() {
        return faultCodes;
    }

    public List<SeverityChoice> getSeverities() {
        return severities;
    }

    /** Whether any subject says what it covers, so the form lists the descriptions. */
    public boolean isSubjectsDescribed() {
        return subjects.stream().anyMatch(subject -> subject.getDetail() != null);
    }

    public List<Choice> getSubjects() {
        return subjects;
    }

    public List<AnalysisQuestion> getAnalysisFields() {
        return analysisFields;
    }
}
