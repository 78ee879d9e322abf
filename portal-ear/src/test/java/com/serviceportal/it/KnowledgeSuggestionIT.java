package com.serviceportal.it;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.Severity;
import com.serviceportal.knowledge.ArticleForm;
import com.serviceportal.knowledge.ArticleHit;
import com.serviceportal.knowledge.ArticleMonth;
import com.serviceportal.knowledge.CountRows;
import com.serviceportal.knowledge.KnowledgeService;
import com.serviceportal.knowledge.Visibility;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Articles suggested while a customer types a new case's summary, and the desk's figures of cases an
 * article avoided or that were raised after reading it. Each test's articles carry a word of its
 * own, so other articles never disturb it, and are removed afterwards with their counts.
 */
@ExtendWith(ArquillianExtension.class)
public class KnowledgeSuggestionIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(KnowledgeSuggestionIT.class, DemoData.class, WrittenArticles.class);
    }

    @Inject
    private KnowledgeService knowledge;

    @Inject
    private CountRows countRows;

    @Inject
    private CaseService cases;

    @Inject
    private Caller caller;

    private final String tag = "zs" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "zs";
    private final String month = YearMonth.now(ZoneOffset.UTC).toString();
    private final List<Long> articles = new ArrayList<>();

    @AfterEach
    public void removeTheArticles() {
        WrittenArticles.remove(articles);
    }

    @Test
    public void suggestionsAreOnlyArticlesTheContactMaySee() {
        long everyone = article("Freezer door " + tag, Visibility.EVERY_CUSTOMER, null, true);
        long nordic = article("Freezer alarm " + tag, Visibility.CHOSEN_COMPANIES, "NF1000", true);
        long baltic = article("Freezer fan " + tag, Visibility.CHOSEN_COMPANIES, "BM2000", true);
        long staff = article("Freezer service code " + tag, Visibility.STAFF_ONLY, null, true);
        long draft = article("Freezer draft " + tag, Visibility.EVERY_CUSTOMER, null, false);

        assertEquals(List.of(everyone, nordic), suggestedSorted(COMPANY_CONTACT, "my freezer " + tag + " is loud"));
        assertEquals(
                List.of(everyone, nordic),
                suggestedSorted(SITE_CONTACT, tag + " freezer"),
                "a site sees what its company was chosen for");
        assertEquals(List.of(everyone, baltic), suggestedSorted(OTHER_COMPANY_CONTACT, tag));
        assertTrue(
                suggestedSorted(OTHER_COMPANY_CONTACT, tag).stream().noneMatch(List.of(staff, draft)::contains),
                "never a staff-only article or a draft");

        signIn(COMPANY_CONTACT);
        assertEquals(List.of(), knowledge.suggest("   "), "nothing for blank words");
        signIn(TECHNICIAN);
        assertThrows(NotFoundException.class, () -> knowledge.suggest(tag), "suggestions are for customers");
    }

    @Test
    public void atMostFiveSuggestionsTitleMatchesFirst() {
        List<Long> inTitle = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            inTitle.add(article("Display case " + i + " " + tag, Visibility.EVERY_CUSTOMER, null, true));
        }
        ArticleForm inText = form("Lighting " + tag + "x", Visibility.EVERY_CUSTOMER, null);
        inText.setSolution("<p>The display case lights flicker: " + tag + ".</p>");
        long textOnly = publish(inText);

        signIn(COMPANY_CONTACT);
        List<Long> suggested =
                knowledge.suggest(tag + " display").stream().map(ArticleHit::id).toList();
        assertEquals(KnowledgeService.MOST_SUGGESTIONS, suggested.size(), suggested.toString());
        assertTrue(inTitle.containsAll(suggested), "the title matches come first: " + suggested);
        assertFalse(suggested.contains(textOnly));
    }

    @Test
    public void oneWordOfTheTextIsNoSuggestion() {
        ArticleForm once = form("Lighting " + tag + "x", Visibility.EVERY_CUSTOMER, null);
        once.setSolution("<p>Replace the tube: " + tag + ".</p>");
        long oneWord = publish(once);
        ArticleForm twice = form("Heating " + tag + "x", Visibility.EVERY_CUSTOMER, null);
        twice.setSolution("<p>Replace the fuse: " + tag + ".</p>");
        long twoWords = publish(twice);

        signIn(COMPANY_CONTACT);
        assertEquals(List.of(oneWord, twoWords), searched(tag), "the search finds both");
        assertEquals(List.of(), suggestedSorted(COMPANY_CONTACT, tag), "one word of the text suggests nothing");
        assertEquals(List.of(twoWords), suggestedSorted(COMPANY_CONTACT, tag + " fuse"));
    }

    @Test
    public void casesAvoidedAndRaisedAreCountedPerMonth() {
        long id = article("Ice machine " + tag, Visibility.EVERY_CUSTOMER, null, true);
        long hidden = article("Ice machine staff " + tag, Visibility.STAFF_ONLY, null, true);
        execute(
                "INSERT INTO knowledge_article_month (article_id, counted_month, views, helped_yes, helped_no,"
                        + " cases_avoided, cases_raised) VALUES (?, '2020-01', 4, 1, 1, 1, 2)",
                id);

        signIn(COMPANY_CONTACT);
        knowledge.read(id);
        knowledge.solvedWithoutCase(id);
        signIn(SITE_CONTACT);
        knowledge.read(id);
        NewCase raised = new NewCase();
        raised.setSummary("Ice machine still leaks " + tag);
        raised.setSeverity(Severity.LOW);
        raised.addArticleRead(id);
        raised.addArticleRead(id);
        raised.addArticleRead(hidden);
        long number = cases.raise(raised).getNumber();
        assertEquals(
                raised.getSummary(), cases.getByNumber(number).getSummary(), "an unreadable article stops no case");

        signIn(TECHNICIAN);
        assertEquals(
                List.of(new ArticleMonth(month, 2, 1, 0, 1, 1), new ArticleMonth("2020-01", 4, 1, 1, 1, 2)),
                knowledge.figures(id),
                "this month's row beside the earlier one, newest first");
        assertEquals(List.of(), knowledge.figures(hidden), "an article the contact may not read is not counted");
    }

    @Test
    public void aContactCannotCountOnAnArticleItMayNotSee() {
        long baltic = article("Winch " + tag, Visibility.CHOSEN_COMPANIES, "BM2000", true);
        long staff = article("Winch staff " + tag, Visibility.STAFF_ONLY, null, true);
        long draft = article("Winch draft " + tag, Visibility.EVERY_CUSTOMER, null, false);

        for (String contact : List.of(COMPANY_CONTACT, SITE_CONTACT)) {
            signIn(contact);
            for (long other : List.of(baltic, staff, draft)) {
                assertThrows(NotFoundException.class, () -> knowledge.solvedWithoutCase(other), contact + " " + other);
            }
        }
        signIn(TECHNICIAN);
        assertThrows(NotFoundException.class, () -> knowledge.solvedWithoutCase(baltic), "the desk avoids no case");
        for (long other : List.of(baltic, staff, draft)) {
            assertEquals(List.of(), knowledge.figures(other), "nothing counted on " + other);
        }
    }

    @Test
    public void aMonthOpenedTwiceKeepsOneRowAndEveryCount() {
        long id = article("Scale " + tag, Visibility.EVERY_CUSTOMER, null, true);
        countRows.openMonth(id, month);
        countRows.openMonth(id, month);
        signIn(OTHER_COMPANY_CONTACT);
        knowledge.read(id);
        knowledge.solvedWithoutCase(id);

        signIn(TECHNICIAN);
        assertEquals(List.of(new ArticleMonth(month, 1, 1, 0, 1, 0)), knowledge.figures(id));
    }

    private List<Long> suggestedSorted(String username, String words) {
        signIn(username);
        return knowledge.suggest(words).stream()
                .map(ArticleHit::id)
                .filter(articles::contains)
                .sorted()
                .toList();
    }

    private List<Long> searched(String words) {
        return knowledge.search(words, null).articles().stream()
                .map(ArticleHit::id)
                .filter(articles::contains)
                .sorted()
                .toList();
    }

    private long article(String title, Visibility visibility, String companies, boolean published) {
        ArticleForm form = form(title, visibility, companies);
        if (published) {
            return publish(form);
        }
        signIn(TECHNICIAN);
        long id = knowledge.saveArticle(form);
        articles.add(id);
        return id;
    }

    private long publish(ArticleForm form) {
        signIn(TECHNICIAN);
        long id = knowledge.saveArticle(form);
        articles.add(id);
        knowledge.publish(id, knowledge.articleForm(id).getVersion());
        return id;
    }

    private ArticleForm form(String title, Visibility visibility, String companies) {
        ArticleForm form = new ArticleForm();
        form.setTitle(title);
        form.setCategory("Suggested " + tag);
        form.setProblem("<p>What the customer sees.</p>");
        form.setSolution("<p>What to do about it.</p>");
        form.setVisibility(visibility);
        form.setCompanies(companies);
        return form;
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    private static void execute(String statement, Object... parameters) {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            prepared.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
