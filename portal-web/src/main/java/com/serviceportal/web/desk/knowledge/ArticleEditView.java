package com.serviceportal.web.desk.knowledge;

import com.serviceportal.knowledge.AddedImage;
import com.serviceportal.knowledge.ArticleForm;
import com.serviceportal.knowledge.ArticleImage;
import com.serviceportal.knowledge.ArticleImageService;
import com.serviceportal.knowledge.ArticleLanguage;
import com.serviceportal.knowledge.ArticleMonth;
import com.serviceportal.knowledge.ArticleRow;
import com.serviceportal.knowledge.ArticleState;
import com.serviceportal.knowledge.CaseCopyService;
import com.serviceportal.knowledge.KnowledgeService;
import com.serviceportal.knowledge.RevisionRow;
import com.serviceportal.knowledge.Visibility;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * The desk's article form ({@code /desk/knowledge/edit.xhtml}): {@code ?id=} edits an article, none
 * writes a new draft, {@code ?case=&notes=} a new draft copied from a case and the notes chosen for it
 * ({@code copy.xhtml}), {@code ?versionOf=} a new draft in the other language of an article, its
 * texts copied for translating (decision 0052). Saving keeps the article in its state; publishing and archiving save first.
 * A saved article takes images, which the browser then puts into the text being edited.
 */
@Named
@ViewScoped
public class ArticleEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A refusal that concerns one field → the id of that field in the form. */
    private static final Map<String, String> PROBLEM_FIELDS =
            Map.of("knowledge.unknownAccount", "companies", "knowledge.noCompanyChosen", "companies");

    @Inject
    private KnowledgeService knowledge;

    @Inject
    private CaseCopyService copies;

    @Inject
    private ArticleImageService images;

    @Inject
    private NotFoundResponse notFound;

    @Inject
    private Feedback feedback;

    private Long id;

    /** A new draft is copied from this case ({@code ?case=}) and these of its notes ({@code ?notes=1,2}). */
    private Long caseNumber;

    private String notes;

    /** A new draft is the other language's version of this article ({@code ?versionOf=}). */
    private Long versionOf;

    /** The saved article's version in the other language, if it has one. */
    private ArticleRow otherVersion;

    @Valid
    private ArticleForm form = new ArticleForm();

    private List<RevisionRow> revisions = List.of();
    private List<Difference> differences = List.of();
    private List<String> categories = List.of();
    private List<ArticleMonth> figures = List.of();

    public void load() {
        try {
            categories = knowledge.deskCategories();
            if (id != null) {
                form = knowledge.articleForm(id);
                revisions = knowledge.revisions(id);
                otherVersion = knowledge.otherVersion(id).orElse(null);
            } else if (versionOf != null) {
                form = knowledge.versionForm(versionOf);
            } else if (caseNumber != null) {
                form = copies.draftFromCase(caseNumber, noteIds());
            }
        } catch (NotFoundException e) {
            notFound.send();
        } catch (BusinessException e) {
            // the article has its other version already: its page shows the way to it
            feedback.error(e);
        }
    }

    /** The article's figures per month, for the table below the form. */
    public void loadFigures() {
        if (id == null || FacesContext.getCurrentInstance().getResponseComplete()) {
            return;
        }
        try {
            figures = knowledge.figures(id);
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public List<ArticleMonth> getFigures() {
        return figures;
    }

    public void save() {
        store(null);
    }

    public void publish() {
        store(ArticleState.PUBLISHED);
    }

    public void archive() {
        store(ArticleState.ARCHIVED);
    }

    /**
     * An image chosen for the saved article: stored with the alt text typed beside it, then handed to
     * the browser (callback parameters), which inserts it into the text being edited.
     */
    public void uploadImage(FileUploadEvent event) {
        // the upload's event comes before the model is updated: the alt text is the field's own value
        UIInput alt = (UIInput) event.getComponent().findComponent("alt");
        try {
            AddedImage added = images.addImage(
                    id,
                    alt == null ? null : (String) alt.getValue(),
                    event.getFile().getContent());
            PrimeFaces.current().ajax().addCallbackParam("imageSrc", added.src());
            PrimeFaces.current().ajax().addCallbackParam("imageAlt", added.alt());
            if (alt != null) {
                alt.resetValue();
            }
        } catch (NotFoundException e) {
            notFound.send();
        } catch (BusinessException e) {
            feedback.errorBeside(e.getMessageKey().startsWith("knowledge.image.alt") ? "alt" : "upload", e);
        }
    }

    public int getMaxImageBytes() {
        return ArticleImage.MAX_BYTES;
    }

    private List<Long> noteIds() {
        List<Long> ids = new ArrayList<>();
        for (String part : notes == null ? new String[0] : notes.split(",")) {
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                // not a note's id: nothing to copy for it
            }
        }
        return ids;
    }

    private void store(ArticleState then) {
        try {
            long saved = knowledge.saveArticle(form, then);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            feedback.info(
                    then == null
                            ? "knowledge.saved"
                            : then == ArticleState.PUBLISHED ? "knowledge.published" : "knowledge.archived",
                    form.getTitle());
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + "/desk/knowledge/edit.xhtml?id="
                            + saved);
        } catch (ChangedMeanwhileException e) {
            // decision 0028: the form keeps what was typed, beside the article as it now stands
            feedback.error(e);
            ArticleForm current = knowledge.articleForm(form.getId());
            differences = form.differencesFrom(current);
            form.rebaseOn(current);
            revisions = knowledge.revisions(form.getId());
            otherVersion = knowledge.otherVersion(form.getId()).orElse(null);
        } catch (BusinessException e) {
            feedback.error(e, PROBLEM_FIELDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Difference> getDifferences() {
        return differences;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersionOf() {
        return versionOf;
    }

    public void setVersionOf(Long versionOf) {
        this.versionOf = versionOf;
    }

    public ArticleRow getOtherVersion() {
        return otherVersion;
    }

    /** The language a new version of this article would be written in. */
    public ArticleLanguage getOtherLanguage() {
        return form.getLanguage() == ArticleLanguage.EN ? ArticleLanguage.SV : ArticleLanguage.EN;
    }

    public Long getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(Long caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public ArticleForm getForm() {
        return form;
    }

    public List<RevisionRow> getRevisions() {
        return revisions;
    }

    public List<String> getCategories() {
        return categories;
    }

    /** Category suggestions for what has been typed: those in use that contain it. */
    public List<String> completeCategory(String typed) {
        String lower = typed == null ? "" : typed.toLowerCase(Locale.ROOT);
        return categories.stream()
                .filter(c -> c.toLowerCase(Locale.ROOT).contains(lower))
                .toList();
    }

    public boolean isNew() {
        return id == null;
    }

    public ArticleLanguage[] getLanguages() {
        return ArticleLanguage.values();
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }
}
