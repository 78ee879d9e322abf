package com.serviceportal.web.desk.projects;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.projects.LineEntry;
import com.serviceportal.projects.NewChange;
import com.serviceportal.projects.ObjectiveEntry;
import com.serviceportal.projects.ProjectChoices;
import com.serviceportal.projects.ProjectDetails;
import com.serviceportal.projects.ProjectForm;
import com.serviceportal.projects.ProjectService;
import com.serviceportal.projects.ProjectStatus;
import com.serviceportal.projects.WorkItemEntry;
import com.serviceportal.projects.WorkItemKind;
import com.serviceportal.projects.WorkItemStatus;
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
 * The desk's project form ({@code /desk/projects/edit.xhtml}, {@code ?id=…} to change one): the
 * project's fields, and tabs for its objectives, work list and lines (kept on the page and saved
 * with the project), its requests for change (put to the customer at once) and its cases, with
 * "Raise a case" for the project. A save refused because someone else saved the project meanwhile
 * keeps what was typed, beside the project as it now stands.
 */
@Named
@ViewScoped
public class ProjectEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> PROBLEM_FIELDS = Map.of(
            "projects.error.customerRequired", "customer",
            "projects.error.numberTaken", "number",
            "projects.error.endBeforeStart", "end",
            "projects.error.managerNotStaff", "manager");

    @Inject
    private ProjectService projects;

    @Inject
    private Feedback feedback;

    @Inject
    private NotFoundResponse notFound;

    @Inject
    private FacesContext faces;

    private Long id;

    @Valid
    private ProjectForm form;

    private ProjectChoices choices;

    /** The project as saved: its requests for change and cases. */
    private ProjectDetails details;

    private ObjectiveEntry objective = new ObjectiveEntry();
    private int objectiveAt = -1;
    private WorkItemEntry workItem = new WorkItemEntry();
    private int workItemAt = -1;
    private LineEntry line = new LineEntry();
    private int lineAt = -1;
    private NewChange change = new NewChange();
    private List<Difference> differences = List.of();

    public void load() {
        try {
            choices = projects.choices(id);
            if (id == null) {
                form = new ProjectForm();
            } else {
                form = projects.form(id);
                details = projects.project(id);
            }
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public String save() {
        try {
            long saved = projects.save(form);
            feedback.info("projects.saved", form.getNumber());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/desk/projects/edit?faces-redirect=true&id=" + saved;
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            ProjectForm current = projects.form(form.getId());
            differences = form.differencesFrom(current, choices);
            form.rebaseOn(current);
            details = projects.project(form.getId());
        } catch (BusinessException e) {
            feedback.error(e, PROBLEM_FIELDS);
        }
        return null;
    }

    public void keepObjective() {
        objectiveAt = keep(form.getObjectives(), objective, objectiveAt);
        objective = new ObjectiveEntry();
    }

    public void editObjective(int index) {
        objective = form.getObjectives().get(index);
        objectiveAt = index;
    }

    public void removeObjective(int index) {
        form.getObjectives().remove(index);
        objectiveAt = -1;
        objective = new ObjectiveEntry();
    }

    public void keepWorkItem() {
        workItemAt = keep(form.getWorkItems(), workItem, workItemAt);
        workItem = new WorkItemEntry();
    }

    public void editWorkItem(int index) {
        workItem = form.getWorkItems().get(index);
        workItemAt = index;
    }

    public void removeWorkItem(int index) {
        form.getWorkItems().remove(index);
        workItemAt = -1;
        workItem = new WorkItemEntry();
    }

    public void keepLine() {
        lineAt = keep(form.getLines(), line, lineAt);
        line = new LineEntry();
    }

    public void editLine(int index) {
        line = form.getLines().get(index);
        lineAt = index;
    }

    public void removeLine(int index) {
        form.getLines().remove(index);
        lineAt = -1;
        line = new LineEntry();
    }

    /** Puts the request for change to the customer at once; it then waits for their decision. */
    public void raiseChange() {
        try {
            projects.raiseChange(form.getId(), change);
            feedback.info("projects.change.raised");
            change = new NewChange();
            details = projects.project(form.getId());
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    /** An entry edited in place stays where it was; a new one goes last. Answers "none edited". */
    private static <T> int keep(List<T> list, T entry, int at) {
        if (at >= 0 && at < list.size() && list.get(at) == entry) {
            return -1;
        }
        list.add(entry);
        return -1;
    }

    /** After a refused save: what the project now holds where it differs from the form. */
    public List<Difference> getDifferences() {
        return differences;
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public WorkItemKind[] getKinds() {
        return WorkItemKind.values();
    }

    public WorkItemStatus[] getItemStatuses() {
        return WorkItemStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectForm getForm() {
        return form;
    }

    public ProjectChoices getChoices() {
        return choices;
    }

    public ProjectDetails getDetails() {
        return details;
    }

    public ObjectiveEntry getObjective() {
        return objective;
    }

    public boolean isEditingObjective() {
        return objectiveAt >= 0;
    }

    public WorkItemEntry getWorkItem() {
        return workItem;
    }

    public boolean isEditingWorkItem() {
        return workItemAt >= 0;
    }

    public LineEntry getLine() {
        return line;
    }

    public boolean isEditingLine() {
        return lineAt >= 0;
    }

    public NewChange getChange() {
        return change;
    }
}
