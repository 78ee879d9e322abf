package com.serviceportal.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a customer (or the desk, for a customer on the phone) fills in to raise a case. The new-case
 * form binds to it directly, so the form and the service check the same constraints; every id in it
 * is checked again by the service against what the caller may see.
 */
public class NewCase implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int SUMMARY_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int PRODUCT_MAX = 120;

    /** The company or site the case is for; {@code null} means the caller's own customer. */
    private Long customerId;

    /** The contact the case is for; {@code null} means the caller. */
    private Long contactId;

    /**
     * The end user the case is for, as its contact: someone whose partner ("customer of") is the
     * case's customer or its company. {@code null} for the customer's own case.
     */
    private Long endUserContactId;

    /** Whether the desk's replies go to the end user instead of the contact who raises the case. */
    private boolean repliesToEndUser;

    private Long equipmentId;

    /** The project the desk raises the case for ("Raise a case" on a project); {@code null} for none. */
    private Long projectId;

    /** The contract the case is raised under; {@code null} means "Non-contract". */
    private Long contractId;

    /** Chosen by the desk; customers' cases get the default type. */
    private Long caseTypeId;

    private Long faultCodeId;

    @NotNull
    private Severity severity = Severity.MEDIUM;

    private Long subjectId;
    private Long subtypeId;

    @Size(max = PRODUCT_MAX)
    private String productName;

    @Size(max = PRODUCT_MAX)
    private String productRange;

    @NotBlank
    @Size(max = SUMMARY_MAX)
    private String summary;

    @Size(max = DESCRIPTION_MAX)
    private String description;

    /** Answers to the analysis fields, by field id, as typed (numbers and ISO dates as text). */
    private final HashMap<Long, String> answers = new HashMap<>();

    /**
     * Files attached while the form was filled in: ids of the caller's waiting files (the files
     * themselves wait in the database), moved into the case when it is raised. {@code null} for
     * none, which keeps the form's share of a replicated session smallest.
     */
    private ArrayList<Long> waitingFileIds;

    /**
     * The knowledge-base articles the customer read before raising the case (the one it came from,
     * those it opened among the suggestions), each counted as a case raised after reading it.
     * {@code null} for none.
     */
    private ArrayList<Long> articlesRead;

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public Long getEndUserContactId() {
        return endUserContactId;
    }

    public void setEndUserContactId(Long endUserContactId) {
        this.endUserContactId = endUserContactId;
    }

    public boolean isRepliesToEndUser() {
        return repliesToEndUser;
    }

    public void setRepliesToEndUser(boolean repliesToEndUser) {
        this.repliesToEndUser = repliesToEndUser;
    }

    public Long getEquipmentId() {
        return equipmentId;
    }

    public void setEquipmentId(Long equipmentId) {
        this.equipmentId = equipmentId;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public Long getCaseTypeId() {
        return caseTypeId;
    }

    public void setCaseTypeId(Long caseTypeId) {
        this.caseTypeId = caseTypeId;
    }

    public Long getFaultCodeId() {
        return faultCodeId;
    }

    public void setFaultCodeId(Long faultCodeId) {
        this.faultCodeId = faultCodeId;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public Long getSubtypeId() {
        return subtypeId;
    }

    public void setSubtypeId(Long subtypeId) {
        this.subtypeId = subtypeId;
    }

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public String getProductRange() {
        return productRange;
    }

    public void setProductRange(String productRange) {
        this.productRange = productRange;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public List<Long> getWaitingFileIds() {
        return waitingFileIds == null ? List.of() : Collections.unmodifiableList(waitingFileIds);
    }

    public void setWaitingFileIds(List<Long> ids) {
        this.waitingFileIds = ids.isEmpty() ? null : new ArrayList<>(ids);
    }

    public List<Long> getArticlesRead() {
        return articlesRead == null ? List.of() : Collections.unmodifiableList(articlesRead);
    }

    /** Notes that the customer read the article before raising the case; once per article. */
    public void addArticleRead(long articleId) {
        if (articlesRead == null) {
            articlesRead = new ArrayList<>();
        }
        if (!articlesRead.contains(articleId)) {
            articlesRead.add(articleId);
        }
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }
}
