package com.serviceportal.web.desk.knowledge;

import com.serviceportal.knowledge.CaseCopyChoices;
import com.serviceportal.knowledge.CaseCopyService;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Copy to knowledge base" ({@code /desk/knowledge/copy.xhtml?case=}): the technician chooses which of
 * the case's notes the customer sees go into the solution (none is chosen beforehand), then the new
 * draft opens on the article form, not saved until the technician saves it.
 */
@Named
@ViewScoped
public class ArticleCopyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseCopyService copies;

    @Inject
    private NotFoundResponse notFound;

    private Long caseNumber;
    private CaseCopyChoices choices;
    private List<Long> chosen = List.of();

    public void load() {
        try {
            if (caseNumber == null) {
                notFound.send();
                return;
            }
            choices = copies.copyChoices(caseNumber);
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    /** Opens the draft with the chosen notes. */
    public String openDraft() {
        String notes = chosen.stream().map(String::valueOf).collect(Collectors.joining(","));
        return "/desk/knowledge/edit?faces-redirect=true&case=" + choices.number() + "&notes=" + notes;
    }

    public Long getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(Long caseNumber) {
        this.caseNumber = caseNumber;
    }

    public CaseCopyChoices getChoices() {
        return choices;
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen == null ? List.of() : List.copyOf(chosen);
    }
}
