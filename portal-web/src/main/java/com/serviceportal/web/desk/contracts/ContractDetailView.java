package com.serviceportal.web.desk.contracts;

import com.serviceportal.contracts.ContractDetails;
import com.serviceportal.contracts.ContractRow;
import com.serviceportal.contracts.ContractService;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One contract at the desk ({@code /desk/contracts/detail.xhtml?id=…}): its terms and hours, cancel,
 * delete (one nothing uses) and enable early, and the audit of the time drawn from it (per case and per note).
 */
@Named
@ViewScoped
public class ContractDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractService contracts;

    @Inject
    private Feedback feedback;

    @Inject
    private NotFoundResponse notFound;

    @Inject
    private FacesContext faces;

    private Long id;
    private ContractDetails details;
    private LocalDate today;

    public void load() {
        today = LocalDate.now();
        try {
            details = contracts.get(id);
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public void cancel() {
        try {
            ContractRow cancelled = contracts.cancel(id, details.contract().getVersion());
            feedback.info("contract.cancelled", cancelled.getReference());
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
    }

    /** Deletes the contract (only one nothing uses) and goes back to the list. */
    public String delete() {
        String reference = details.contract().getReference();
        try {
            contracts.delete(id, details.contract().getVersion());
        } catch (BusinessException e) {
            feedback.error(e);
            load();
            return null;
        }
        feedback.info("contract.deleted", reference);
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/desk/contracts/list?faces-redirect=true";
    }

    public void enableEarly() {
        boolean awaitedInvoice = details.contract().isAwaitingInvoice();
        try {
            ContractRow enabled = contracts.enableEarly(id, details.contract().getVersion());
            feedback.info("contract.enabled", enabled.getReference(), enabled.getStartDate(), awaitedInvoice ? 1 : 0);
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
    }

    /** The day an early start would give the contract, for the confirmation. */
    public LocalDate getToday() {
        return today;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ContractDetails getDetails() {
        return details;
    }
}
