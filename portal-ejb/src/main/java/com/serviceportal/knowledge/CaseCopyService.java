package com.serviceportal.knowledge;

import com.serviceportal.cases.Case;
import com.serviceportal.cases.CaseDetails;
import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.NoteDetails;
import com.serviceportal.customers.Contact;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Copy to knowledge base" on the desk's case page: a new article's draft made from a case. The case
 * is read as the desk reads it ({@link CaseService#getByNumber(long)}); only notes the customer sees,
 * and of those only the ones the technician chose, go into the solution. Before anything is copied
 * the customer's names, addresses, e-mail addresses and phone numbers are replaced with a placeholder
 * ({@link CustomerMentions}). Nothing is saved here: the draft is a form the technician saves or not.
 */
@Stateless
@Allowed(Audience.STAFF)
public class CaseCopyService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CaseService cases;

    /** The case's summary and the notes its customer sees, to choose from. */
    public CaseCopyChoices copyChoices(long caseNumber) {
        CaseDetails details = cases.getByNumber(caseNumber);
        return new CaseCopyChoices(details.getNumber(), details.getSummary(), customerNotes(details));
    }

    /**
     * A new article's form filled from the case: title and problem from its summary (and description),
     * solution from the chosen notes the customer sees (others are left out), in the customer's
     * language, linked to the case, with the customer's name and data replaced by a placeholder.
     */
    public ArticleForm draftFromCase(long caseNumber, @NotNull List<Long> noteIds) {
        CaseDetails details = cases.getByNumber(caseNumber);
        Case source = em.find(Case.class, details.getId());
        Set<Long> chosen = Set.copyOf(noteIds);
        List<NoteDetails> notes = customerNotes(details).stream()
                .filter(n -> chosen.contains(n.getId()))
                .toList();
        Contact raisedBy = source.getRaisedBy();
        ArticleLanguage language = raisedBy == null ? ArticleLanguage.EN : ArticleLanguage.of(raisedBy.getLanguage());
        Set<String> customerAuthors = details.getNotes().stream()
                .filter(NoteDetails::isByCustomer)
                .map(NoteDetails::getAuthor)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        CustomerMentions mentions = CustomerMentions.of(
                source.getCustomer(),
                raisedBy == null ? List.of() : List.of(raisedBy),
                customerAuthors,
                language == ArticleLanguage.SV ? "[kund]" : "[customer]");

        String summary = mentions.removeFrom(details.getSummary());
        String description = mentions.removeFrom(details.getDescription());
        List<String> solution = new ArrayList<>();
        for (NoteDetails note : notes) {
            solution.add(mentions.removeFrom(note.getText()));
        }
        ArticleForm form = ArticleForm.copiedFrom(details.getId(), details.getNumber(), mentions.replaced());
        form.setTitle(summary.length() > ArticleForm.TITLE_MAX ? summary.substring(0, ArticleForm.TITLE_MAX) : summary);
        form.setProblem(paragraphs(
                description == null || description.isBlank() ? List.of(summary) : List.of(summary, description)));
        form.setSolution(paragraphs(solution));
        form.setLanguage(language);
        form.setCategory(details.getSubject());
        return form;
    }

    private static List<NoteDetails> customerNotes(CaseDetails details) {
        return details.getNotes().stream()
                .filter(NoteDetails::isVisibleToCustomer)
                .filter(n -> n.getText() != null && !n.getText().isBlank())
                .toList();
    }

    /** Plain texts as the editor's HTML: a paragraph each, their line breaks kept. */
    private static String paragraphs(List<String> texts) {
        return texts.stream()
                .map(text -> "<p>" + escaped(text.strip()).replace("\n", "<br>") + "</p>")
                .collect(Collectors.joining());
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("\r", "");
    }
}
