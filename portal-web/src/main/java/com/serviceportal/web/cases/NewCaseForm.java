package com.serviceportal.web.cases;

import com.serviceportal.cases.AnalysisQuestion;
import com.serviceportal.cases.AnswersTooLongException;
import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.NewCaseChoices;
import com.serviceportal.cases.RaisedCase;
import com.serviceportal.cases.files.CaseFileService;
import com.serviceportal.cases.files.FileNotWaitingException;
import com.serviceportal.cases.files.WaitingFileListing;
import com.serviceportal.equipment.EquipmentService;
import com.serviceportal.equipment.NewCaseStart;
import com.serviceportal.knowledge.ArticleHit;
import com.serviceportal.knowledge.ArticlePage;
import com.serviceportal.knowledge.KnowledgeService;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.projects.ProjectDetails;
import com.serviceportal.projects.ProjectService;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.NotFoundResponse;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The new-case form as the customer's and the desk's pages both show it: the lists follow the
 * chosen customer, equipment and subject, and saving hands the whole draft to the service. With
 * {@code ?equipment=} ("Add case for equipment") it starts with that item and its site chosen.
 * Files attached while writing wait in the database; the form keeps only their ids, names and sizes
 * (no bytes), so the session stays small and a save on another instance of the cluster finds them.
 * On the customer's page, articles that may answer the summary are suggested as it is typed; one
 * opens over the form, so what was typed stays, and "this solved it" leaves without a case.
 */
public abstract class NewCaseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A refusal that concerns one field → the id of that field in the form. */
    private static final Map<String, String> PROBLEM_FIELDS = Map.of(
            "case.error.customerRequired", "customer",
            "case.error.contactRequired", "contact",
            "case.error.contactOfOtherCustomer", "contact",
            "case.error.endUserNotOfCustomer", "endUserContact",
            "case.error.subtypeOfOtherSubject", "subtype");

    @Inject
    private CaseService caseService;

    @Inject
    private Feedback feedback;

    @Inject
    private EquipmentService equipmentService;

    @Inject
    private NotFoundResponse notFound;

    @Inject
    private KnowledgeService knowledge;

    @Inject
    private ProjectService projects;

    /** {@code ?project=} ("Raise a case" on the desk's project page): the case is raised for that project. */
    private Long project;

    /** The project's number and name, shown above the form while the case is for it. */
    private String projectLabel;

    /** {@code ?equipment=}: the form starts with that item and its site chosen. */
    private Long equipment;

    /** {@code ?article=}: the knowledge-base article read before raising the case gives the summary. */
    private Long article;

    @Valid
    private final NewCase draft = new NewCase();

    /**
     * What the menus offer: read again on a request that finds none (after the session moved to
     * another instance of a cluster), so it is not part of the session a cluster copies.
     */
    private transient NewCaseChoices choices;

    private RaisedCase raised;

    /** The files waiting for the save, as listed; {@code null} until the first is attached. */
    private ArrayList<WaitingFileListing> waitingFiles;

    /** The articles suggested for the summary as typed; shown once, so not kept in a replicated session. */
    private transient List<ArticleHit> suggestions;

    /** The suggested article opened beside the form, and its text (shown once, like the suggestions). */
    private Long openedArticleId;

    private transient ArticlePage openedArticle;

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
        if (project != null && draft.getProjectId() == null) {
            try {
                ProjectDetails forProject = projects.project(project);
                draft.setCustomerId(forProject.customerId());
                draft.setProjectId(forProject.id());
                projectLabel = forProject.number() + " " + forProject.name();
            } catch (NotFoundException e) {
                notFound.send();
                return;
            }
        }
        if (article != null && (draft.getSummary() == null || draft.getSummary().isBlank())) {
            try {
                draft.setSummary(knowledge.articleTitle(article));
                draft.addArticleRead(article);
            } catch (NotFoundException e) {
                // an article the caller may not read gives nothing; the form starts empty
            }
        }
        refreshChoices();
        if (draft.getCustomerId() == null
                && !isCustomerChosenByDesk()
                && !getChoices().getCustomers().isEmpty()) {
            draft.setCustomerId(getChoices().getCustomers().get(0).getId());
            refreshChoices();
        }
    }

    /** A new customer brings its own contacts, equipment and contracts. */
    public void customerChanged() {
        // a project belongs to its customer: another customer's case is not the project's
        draft.setProjectId(null);
        projectLabel = null;
        draft.setContactId(null);
        draft.setEndUserContactId(null);
        draft.setRepliesToEndUser(false);
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
    }

    /** A file chosen on the form: it waits at once, and the form lists it. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            WaitingFileListing waiting =
                    caseService.attachFile(file.getFileName(), file.getContentType(), file.getInputStream());
            if (waitingFiles == null) {
                waitingFiles = new ArrayList<>();
            }
            waitingFiles.add(waiting);
        } catch (BusinessException e) {
            feedback.errorBeside("upload", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void removeWaitingFile(long id) {
        try {
            caseService.removeAttachedFile(id);
        } catch (NotFoundException e) {
            // already gone (removed in another window, or after a day): off the list all the same
        }
        if (waitingFiles != null) {
            waitingFiles.removeIf(file -> file.id() == id);
        }
    }

    public void save() {
        draft.setWaitingFileIds(
                waitingFiles == null
                        ? List.of()
                        : waitingFiles.stream().map(WaitingFileListing::id).toList());
        try {
            raised = caseService.raise(draft);
        } catch (FileNotWaitingException e) {
            // Nothing was saved: the form goes on with the files that still wait, and says so.
            waitingFiles = new ArrayList<>(caseService.attachedFilesStillWaiting(draft.getWaitingFileIds()));
            feedback.errorBeside("upload", e);
        } catch (AnswersTooLongException e) {
            feedback.error(e);
            // Each answer's field is the row of the form's question list with the field's index.
            List<AnalysisQuestion> questions = getChoices().getAnalysisFields();
            for (int i = 0; i < questions.size(); i++) {
                if (e.getFieldIds().contains(questions.get(i).getId())) {
                    feedback.errorAt("newCase:questions:" + i + ":answer", "case.error.answerTooLongHere", e.getMax());
                }
            }
        } catch (BusinessException e) {
            feedback.error(e, PROBLEM_FIELDS);
        }
    }

    /** The customer paused while typing the summary: the articles that may answer it. */
    public void suggest() {
        suggestions = isCustomerChosenByDesk() ? List.of() : knowledge.suggest(draft.getSummary());
    }

    /** Opens a suggested article beside the form, which keeps what was typed; a case raised later counts it. */
    public void openSuggestion(long id) {
        try {
            openedArticle = knowledge.read(id);
            openedArticleId = id;
            draft.addArticleRead(id);
            PrimeFaces.current().ajax().addCallbackParam("opened", true);
        } catch (NotFoundException e) {
            // taken away since it was suggested: say so, and show no dialog
            openedArticle = null;
            openedArticleId = null;
            feedback.error(e);
        }
    }

    /** "This solved it": no case is raised; the knowledge base thanks the customer. */
    public String solvedWithoutCase() {
        if (openedArticleId == null) {
            return null;
        }
        try {
            knowledge.solvedWithoutCase(openedArticleId);
            return "/portal/knowledge/index?faces-redirect=true&solved=true";
        } catch (NotFoundException e) {
            feedback.error(e);
            return null;
        }
    }

    public List<ArticleHit> getSuggestions() {
        return suggestions;
    }

    public ArticlePage getOpenedArticle() {
        return openedArticle;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public String getProjectLabel() {
        return projectLabel;
    }

    public Long getEquipment() {
        return equipment;
    }

    public void setEquipment(Long equipment) {
        this.equipment = equipment;
    }

    public Long getArticle() {
        return article;
    }

    public void setArticle(Long article) {
        this.article = article;
    }

    /** The desk chooses the customer first; a contact starts on its own customer. */
    protected abstract boolean isCustomerChosenByDesk();

    private void refreshChoices() {
        choices = null;
        NewCaseChoices fresh = getChoices();
        if (draft.getContactId() == null && !fresh.getContacts().isEmpty() && !isCustomerChosenByDesk()) {
            draft.setContactId(fresh.getContacts().get(0).getId());
        }
        if (draft.getCaseTypeId() == null) {
            draft.setCaseTypeId(fresh.getDefaultCaseTypeId());
        }
    }

    public NewCase getDraft() {
        return draft;
    }

    public NewCaseChoices getChoices() {
        if (choices == null) {
            choices = caseService.choicesForNewCase(draft.getCustomerId(), draft.getEquipmentId());
        }
        return choices;
    }

    /** The subtypes of the chosen subject. */
    public List<Choice> getSubtypes() {
        return getChoices().subtypesOf(draft.getSubjectId());
    }

    public RaisedCase getRaised() {
        return raised;
    }

    public List<WaitingFileListing> getWaitingFiles() {
        return waitingFiles;
    }

    /** The largest file, for the upload component's check in the browser. */
    public long getMaxFileBytes() {
        return CaseFileService.MAX_FILE_BYTES;
    }
}
