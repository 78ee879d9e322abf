package com.serviceportal.it;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.knowledge.AddedImage;
import com.serviceportal.knowledge.ArticleChangedException;
import com.serviceportal.knowledge.ArticleFilter;
import com.serviceportal.knowledge.ArticleForm;
import com.serviceportal.knowledge.ArticleHit;
import com.serviceportal.knowledge.ArticleImageService;
import com.serviceportal.knowledge.ArticleLanguage;
import com.serviceportal.knowledge.ArticleMonth;
import com.serviceportal.knowledge.ArticlePage;
import com.serviceportal.knowledge.ArticleRow;
import com.serviceportal.knowledge.ArticleState;
import com.serviceportal.knowledge.KnowledgeService;
import com.serviceportal.knowledge.SnippetPart;
import com.serviceportal.knowledge.Visibility;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The knowledge base: who finds and opens which article, how words are matched and ranked, what
 * survives of pasted HTML, and the counts of views and answers. Each test marks its articles with a
 * word of its own and removes them afterwards, so other articles never disturb it.
 */
@ExtendWith(ArquillianExtension.class)
public class KnowledgeIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(KnowledgeIT.class, DemoData.class, WrittenArticles.class);
    }

    @Inject
    private KnowledgeService knowledge;

    @Inject
    private ArticleImageService images;

    @Inject
    private Caller caller;

    private final String tag = "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "zq";
    private final List<Long> written = new ArrayList<>();

    @AfterEach
    public void removeWrittenArticles() {
        WrittenArticles.remove(written);
    }

    @Test
    public void readersFindOnlyThePublishedArticlesTheyMaySee() {
        long everyone = published(form("Everyone " + tag, Visibility.EVERY_CUSTOMER, null));
        long nordic = published(form("Nordic " + tag, Visibility.CHOSEN_COMPANIES, "NF1000"));
        long baltic = published(form("Baltic " + tag, Visibility.CHOSEN_COMPANIES, "BM2000"));
        long staff = published(form("Staff " + tag, Visibility.STAFF_ONLY, null));
        long draft = write(form("Draft " + tag, Visibility.EVERY_CUSTOMER, null));
        long archived = published(form("Archived " + tag, Visibility.EVERY_CUSTOMER, null));
        signIn(TECHNICIAN);
        knowledge.archive(archived, knowledge.articleForm(archived).getVersion());

        assertEquals(List.of(everyone, nordic), foundSorted(COMPANY_CONTACT));
        assertEquals(
                List.of(everyone, nordic), foundSorted(SITE_CONTACT), "a site sees what its company was chosen for");
        assertEquals(List.of(everyone, baltic), foundSorted(OTHER_COMPANY_CONTACT));
        assertEquals(List.of(everyone, nordic, baltic, staff), foundSorted(TECHNICIAN), "staff read staff-only ones");

        for (String contact : List.of(COMPANY_CONTACT, SITE_CONTACT)) {
            signIn(contact);
            for (long hidden : List.of(baltic, staff, draft, archived)) {
                assertThrows(NotFoundException.class, () -> knowledge.read(hidden), contact + " opens " + hidden);
                assertThrows(NotFoundException.class, () -> knowledge.answer(hidden, true));
            }
            assertEquals(nordic, knowledge.read(nordic).id());
        }
        signIn(OTHER_COMPANY_CONTACT);
        assertThrows(NotFoundException.class, () -> knowledge.read(nordic));
        assertTrue(knowledge.categories().stream().noneMatch(c -> c.name().equals("Cat " + tag + " staff")));

        signIn(TECHNICIAN);
        assertThrows(NotFoundException.class, () -> knowledge.read(draft), "a draft is read only in its preview");
        assertEquals("Draft " + tag, knowledge.preview(draft).title());
        ArticleFilter filter = new ArticleFilter();
        filter.setText(tag);
        assertEquals(6, knowledge.deskArticles(filter).size(), "the desk lists every state");
        filter.setState(ArticleState.DRAFT);
        assertEquals(
                List.of(draft),
                knowledge.deskArticles(filter).stream().map(ArticleRow::id).toList());
    }

    @Test
    public void theDemoArticlesAreIndexedAndReadOnlyWhereTheyAreMeant() {
        signIn(SITE_CONTACT);
        List<String> sven =
                titles(knowledge.search("kylrummet temperaturen", null).articles());
        assertEquals("Kylrummet håller inte temperaturen", sven.get(0), "chosen for the site's company: " + sven);
        assertTrue(titles(knowledge.search("kylskåpet", null).articles()).contains("Kylskåpet kyler inte"));
        signIn(OTHER_COMPANY_CONTACT);
        List<String> mark = titles(knowledge
                .search("cold room temperature factory reset controller", null)
                .articles());
        assertFalse(mark.contains("Cold room does not hold its temperature"), "chosen for another company: " + mark);
        assertFalse(mark.contains("Resetting the Vector 1550 controller to factory settings"), "staff only: " + mark);
        assertTrue(
                titles(knowledge.search("winch brake", null).articles()).contains("Deck winch brake slips under load"));
        assertFalse(
                titles(knowledge.search("RollerDrive motor roller", null).articles())
                        .contains("Replacing a RollerDrive EC5000 motor roller"),
                "a draft");
    }

    @Test
    public void aCustomerLoginThatSeesNoCustomerFindsNothing() {
        long everyone = published(form("Everyone " + tag, Visibility.EVERY_CUSTOMER, null));
        String username = "kb" + tag;
        sql(
                "INSERT INTO user_account (id, username, password_hash, role, display_name, contact_id, enabled, version)"
                        + " VALUES ((SELECT MAX(id) + 1000 FROM user_account), ?, 'x', 'CUSTOMER', 'No Contact', NULL, 1, 0)",
                username);
        try {
            caller.signIn(DemoData.accountId(username));
            assertEquals(List.of(), knowledge.search(tag, null).articles());
            assertEquals(List.of(), knowledge.search("", null).articles());
            assertEquals(List.of(), knowledge.categories());
            assertThrows(NotFoundException.class, () -> knowledge.read(everyone));
        } finally {
            sql("DELETE FROM user_account WHERE username = ?", username);
        }
    }

    @Test
    public void wordsAreMatchedByTheirStemWhateverTheCaseAndAccents() {
        ArticleForm english = form("Compressor " + tag, Visibility.EVERY_CUSTOMER, null);
        english.setSolution("<p>When the door seal leaks, replace the gasket.</p>");
        long leaks = published(english);
        ArticleForm swedish = form("Kylrum " + tag, Visibility.EVERY_CUSTOMER, null);
        swedish.setLanguage(ArticleLanguage.SV);
        swedish.setSolution("<p>Om kylskåp inte kyler, kontrollera termostaten.</p>");
        long fridge = published(swedish);

        signIn(COMPANY_CONTACT);
        assertEquals(
                List.of(leaks, fridge),
                mine(knowledge.search(tag + " leaking", null).articles()));
        assertEquals(
                List.of(fridge, leaks),
                mine(knowledge.search(tag + " kylskåpet", null).articles()));
        assertEquals(
                List.of(fridge, leaks),
                mine(knowledge.search(tag + " KYLSKAPET", null).articles()),
                "case and accents");
        assertEquals(
                List.of(fridge, leaks),
                mine(knowledge.search(tag + " termostater", null).articles()));
        assertEquals(List.of(leaks), mine(knowledge.search("leaking", null).articles()));
        assertEquals(List.of(fridge), mine(knowledge.search("kylskåpet", null).articles()));

        ArticleHit hit = knowledge.search(tag + " leaking", null).articles().stream()
                .filter(found -> found.id() == leaks)
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(tag, "leaks"),
                hit.snippet().stream()
                        .filter(SnippetPart::match)
                        .map(SnippetPart::text)
                        .toList(),
                "the matching word is marked in the snippet");
        assertTrue(hit.snippet().stream()
                .map(SnippetPart::text)
                .reduce("", String::concat)
                .contains("door seal"));
    }

    @Test
    public void moreMatchingWordsAndTitleMatchesRankHigher() {
        long bothInBody = published(body("Refrigeration unit " + tag, "<p>The compressor makes a rattling noise.</p>"));
        long oneInBody = published(body("Cabinet lights " + tag, "<p>A humming noise from the ballast.</p>"));
        long bothInTitle = published(body("Compressor noise " + tag, "<p>Check the mounts.</p>"));
        long oneInTitle = published(body("Compressor oil " + tag, "<p>Top up the oil; listen for noise.</p>"));

        signIn(OTHER_COMPANY_CONTACT);
        assertEquals(
                List.of(bothInTitle, oneInTitle, bothInBody, oneInBody),
                mine(knowledge.search(tag + " compressor noise", null).articles()));
    }

    @Test
    public void scriptsHandlersAndForeignFramesNeverSurvive() {
        List<String> payloads = List.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
                "<iframe src=\"https://evil.example/\"></iframe>",
                "<svg onload=alert(1)><circle r=\"1\"/></svg>",
                "<p style=\"width: expression(alert(1))\">styled</p>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<p onclick=\"alert(1)\" onmouseover=\"alert(1)\">hover</p>",
                "<object data=\"evil.swf\"></object><embed src=\"evil.swf\">",
                "<form action=\"https://evil.example\"><input name=\"q\"></form>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<scr<script>ipt>alert(1)</script>",
                "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)>",
                "<base href=\"https://evil.example/\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">");
        ArticleForm form = form("Pasted " + tag, Visibility.EVERY_CUSTOMER, null);
        form.setProblem("<p><strong>Kept</strong> and <a href=\"https://example.com/manual\">the manual</a></p>"
                + String.join("", payloads));
        form.setSolution(String.join("<br>", payloads));
        long id = published(form);

        signIn(TECHNICIAN);
        ArticleForm stored = knowledge.articleForm(id);
        signIn(COMPANY_CONTACT);
        ArticlePage page = knowledge.read(id);
        for (String html :
                List.of(stored.getProblem(), stored.getSolution(), page.problemHtml(), page.solutionHtml())) {
            String lower = html.toLowerCase(Locale.ROOT);
            for (String unsafe : List.of(
                    "<script",
                    "<iframe",
                    "<svg",
                    "<img",
                    "<object",
                    "<embed",
                    "<form",
                    "<style",
                    "<base",
                    "<meta",
                    "javascript:",
                    "data:",
                    "onerror",
                    "onload",
                    "onclick",
                    "onmouseover",
                    "expression(",
                    "style=")) {
                assertFalse(lower.contains(unsafe), unsafe + " survived in " + html);
            }
        }
        assertTrue(page.problemHtml().contains("<strong>Kept</strong>"), page.problemHtml());
        assertTrue(page.problemHtml().contains("href=\"https://example.com/manual\""), page.problemHtml());
    }

    @Test
    public void viewsAndAnswersAreCountedPerMonth() {
        long id = published(form("Counted " + tag, Visibility.EVERY_CUSTOMER, null));
        signIn(COMPANY_CONTACT);
        knowledge.read(id);
        knowledge.read(id);
        knowledge.answer(id, true);
        signIn(OTHER_COMPANY_CONTACT);
        knowledge.read(id);
        knowledge.answer(id, false);
        knowledge.answer(id, true);

        signIn(TECHNICIAN);
        knowledge.preview(id);
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        assertEquals(List.of(new ArticleMonth(month, 3, 2, 1)), knowledge.figures(id), "a preview is no view");
    }

    @Test
    public void everyEditIsKeptAndAnOldFormIsRefused() {
        long id = write(form("First " + tag, Visibility.EVERY_CUSTOMER, null));
        signIn(TECHNICIAN);
        ArticleForm first = knowledge.articleForm(id);
        ArticleForm second = knowledge.articleForm(id);
        first.setTitle("Second " + tag);
        knowledge.saveArticle(first);
        second.setTitle("Stale " + tag);
        assertThrows(ArticleChangedException.class, () -> knowledge.saveArticle(second));
        knowledge.publish(id, knowledge.articleForm(id).getVersion());

        assertEquals(
                List.of("Second " + tag, "Second " + tag, "First " + tag),
                knowledge.revisions(id).stream().map(r -> r.title()).toList());
        assertEquals(ArticleState.PUBLISHED, knowledge.revisions(id).get(0).state());
    }

    @Test
    public void saveAndPublishIsOneStepThatAStaleFormLeavesUndone() {
        long id = write(form("Draft " + tag, Visibility.EVERY_CUSTOMER, null));
        ArticleForm stale = knowledge.articleForm(id);
        ArticleForm current = knowledge.articleForm(id);
        current.setTitle("Edited " + tag);
        knowledge.saveArticle(current);

        stale.setTitle("Stale " + tag);
        assertThrows(ArticleChangedException.class, () -> knowledge.saveArticle(stale, ArticleState.PUBLISHED));
        assertEquals(ArticleState.DRAFT, knowledge.articleForm(id).getState(), "a refused save publishes nothing");
        assertEquals("Edited " + tag, knowledge.articleForm(id).getTitle());

        ArticleForm fresh = knowledge.articleForm(id);
        fresh.setTitle("Published " + tag);
        knowledge.saveArticle(fresh, ArticleState.PUBLISHED);
        assertEquals(
                List.of("Published " + tag, "Edited " + tag, "Draft " + tag),
                knowledge.revisions(id).stream().map(r -> r.title()).toList(),
                "the edit and the publishing are one revision");
        assertEquals(ArticleState.PUBLISHED, knowledge.revisions(id).get(0).state());
        signIn(COMPANY_CONTACT);
        assertEquals("Published " + tag, knowledge.read(id).title());
    }

    @Test
    public void eachArticleIsFoundOnceInTheReadersLanguage() {
        long english = published(form("Defrost heater " + tag, Visibility.EVERY_CUSTOMER, null));
        signIn(TECHNICIAN);
        ArticleForm version = knowledge.versionForm(english);
        assertEquals(ArticleLanguage.SV, version.getLanguage(), "the other language");
        assertEquals("Defrost heater " + tag, version.getTitle(), "the texts are copied for translating");
        assertEquals("<p>Solution of Defrost heater " + tag + "</p>", version.getSolution());
        version.setTitle("Avfrostningsvärmare " + tag);
        version.setSolution("<p>Byt avfrostningsvärmaren.</p>");
        long swedish = write(version);

        signIn(SITE_CONTACT);
        assertEquals(
                List.of(english), ids(knowledge.search(tag, null).articles()), "a draft translation is never shown");
        assertEquals(null, knowledge.read(english).otherVersionId());
        assertThrows(NotFoundException.class, () -> knowledge.read(swedish));

        signIn(TECHNICIAN);
        knowledge.publish(swedish, knowledge.articleForm(swedish).getVersion());
        assertThrows(BusinessException.class, () -> knowledge.versionForm(english), "one version per language");
        ArticleFilter filter = new ArticleFilter();
        filter.setText(tag);
        assertEquals(
                List.of(ArticleLanguage.EN, ArticleLanguage.SV),
                knowledge.deskArticles(filter).stream()
                        .map(ArticleRow::otherVersionLanguage)
                        .sorted()
                        .toList(),
                "the desk's list shows each row's other language");

        signIn(SITE_CONTACT);
        assertEquals(
                List.of(swedish),
                ids(knowledge.search(tag, null).articles()),
                "a Swedish contact gets the Swedish version");
        assertEquals(
                List.of(swedish),
                mine(knowledge.search(tag + " defrost heater", null).articles()),
                "found by English words");
        assertEquals(List.of(swedish), ids(knowledge.suggest(tag)));
        assertEquals(List.of(swedish), ids(knowledge.search("", "Cat " + tag).articles()));
        assertEquals(1, categoryCount("Cat " + tag), "counted once");
        assertEquals(english, knowledge.read(swedish).otherVersionId(), "the page links to the English version");

        signIn(COMPANY_CONTACT);
        assertEquals(
                List.of(english),
                mine(knowledge.search(tag + " avfrostningsvärmaren", null).articles()));
        assertEquals(List.of(english), ids(knowledge.suggest(tag)));
        assertEquals(List.of(english), ids(knowledge.search("", "Cat " + tag).articles()));
        assertEquals(1, categoryCount("Cat " + tag));
        assertEquals(swedish, knowledge.read(english).otherVersionId());
        assertEquals(ArticleLanguage.SV, knowledge.read(english).otherVersionLanguage());
    }

    @Test
    public void anotherCompanysTranslationIsNeverShown() {
        long english = published(form("Door heater " + tag, Visibility.EVERY_CUSTOMER, null));
        ArticleForm version = swedishVersion(english, "Dörrvärmare " + tag);
        version.setVisibility(Visibility.CHOSEN_COMPANIES);
        version.setCompanies("BM2000");
        long swedish = published(version);

        signIn(SITE_CONTACT);
        assertEquals(List.of(english), ids(knowledge.search(tag, null).articles()));
        assertEquals(List.of(english), ids(knowledge.search("", "Cat " + tag).articles()));
        assertEquals(null, knowledge.read(english).otherVersionId(), "no link to a version it may not read");
        assertThrows(NotFoundException.class, () -> knowledge.read(swedish));
        assertEquals(1, categoryCount("Cat " + tag));
        signIn(OTHER_COMPANY_CONTACT);
        assertEquals(List.of(english), ids(knowledge.search(tag, null).articles()), "English for an English contact");
        assertEquals(swedish, knowledge.read(english).otherVersionId());
    }

    @Test
    public void aTranslationShowsTheOriginalsImageToItsReadersAndNoOtherImage() throws IOException {
        long english = write(form("Ice maker " + tag, Visibility.CHOSEN_COMPANIES, "BM2000"));
        byte[] valve = png();
        AddedImage shown = images.addImage(english, "Water valve of the ice maker", valve);
        AddedImage notShown = images.addImage(english, "A drawing only the original shows", png());
        ArticleForm original = knowledge.articleForm(english);
        original.setSolution(
                "<p>Replace the valve.</p><p><img src=\"" + shown.src() + "\" alt=\"" + shown.alt() + "\"></p>");
        knowledge.saveArticle(original, ArticleState.PUBLISHED);
        // the Swedish version keeps the image and is published for every customer, the original only for BM2000
        ArticleForm version = swedishVersion(english, "Ismaskin " + tag);
        version.setVisibility(Visibility.EVERY_CUSTOMER);
        version.setCompanies(null);
        long swedish = published(version);

        signIn(SITE_CONTACT);
        assertThrows(NotFoundException.class, () -> knowledge.read(english), "sven may not read the original");
        assertTrue(knowledge.read(swedish).solutionHtml().contains(shown.alt()), "the Swedish text keeps the image");
        assertArrayEquals(
                valve, knowledge.image(shown.id()).content(), "the translation's image is shown to its reader");
        assertThrows(
                NotFoundException.class,
                () -> knowledge.image(notShown.id()),
                "an image of the original that the translation does not show stays the original's readers'");

        signIn(TECHNICIAN);
        knowledge.archive(swedish, knowledge.articleForm(swedish).getVersion());
        signIn(SITE_CONTACT);
        assertThrows(
                NotFoundException.class,
                () -> knowledge.image(shown.id()),
                "the translation archived, the image goes too");
        signIn(OTHER_COMPANY_CONTACT);
        assertArrayEquals(valve, knowledge.image(shown.id()).content(), "the original's readers keep it");
    }

    @Test
    public void aVersionInACategoryOfItsOwnIsListedThere() {
        long english = published(form("Fan motor " + tag, Visibility.EVERY_CUSTOMER, null));
        ArticleForm version = swedishVersion(english, "Fläktmotor " + tag);
        version.setCategory("Kat " + tag);
        long swedish = published(version);

        signIn(SITE_CONTACT);
        assertEquals(List.of(swedish), ids(knowledge.search("", "Kat " + tag).articles()));
        assertEquals(
                List.of(), ids(knowledge.search("", "Cat " + tag).articles()), "listed under its Swedish category");
        assertEquals(1, categoryCount("Kat " + tag));
        assertEquals(0, categoryCount("Cat " + tag));
        signIn(COMPANY_CONTACT);
        assertEquals(List.of(english), ids(knowledge.search("", "Cat " + tag).articles()));
        assertEquals(List.of(), ids(knowledge.search("", "Kat " + tag).articles()));
        assertEquals(1, categoryCount("Cat " + tag));
        assertEquals(0, categoryCount("Kat " + tag));
    }

    /** The form of a new Swedish version of the article, as "Add Swedish version" opens it, retitled. */
    private ArticleForm swedishVersion(long english, String title) {
        signIn(TECHNICIAN);
        ArticleForm version = knowledge.versionForm(english);
        version.setTitle(title);
        return version;
    }

    /** A small PNG of its own: each image stored is told apart by its bytes. */
    private static byte[] png() throws IOException {
        BufferedImage picture = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(0, 0, UUID.randomUUID().hashCode() & 0xFFFFFF);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", bytes);
        return bytes.toByteArray();
    }

    private long categoryCount(String category) {
        return knowledge.categories().stream()
                .filter(c -> c.name().equals(category))
                .mapToLong(c -> c.articles())
                .sum();
    }

    private ArticleForm form(String title, Visibility visibility, String companies) {
        ArticleForm form = new ArticleForm();
        form.setTitle(title);
        form.setCategory("Cat " + tag + (visibility == Visibility.STAFF_ONLY ? " staff" : ""));
        form.setProblem("<p>Problem of " + title + "</p>");
        form.setSolution("<p>Solution of " + title + "</p>");
        form.setVisibility(visibility);
        form.setCompanies(companies);
        return form;
    }

    private ArticleForm body(String title, String solution) {
        ArticleForm form = form(title, Visibility.EVERY_CUSTOMER, null);
        form.setProblem("<p>See below.</p>");
        form.setSolution(solution);
        return form;
    }

    private long write(ArticleForm form) {
        signIn(TECHNICIAN);
        long id = knowledge.saveArticle(form);
        written.add(id);
        return id;
    }

    private long published(ArticleForm form) {
        long id = write(form);
        knowledge.publish(id, knowledge.articleForm(id).getVersion());
        return id;
    }

    private List<Long> foundSorted(String username) {
        signIn(username);
        return ids(knowledge.search(tag, null).articles()).stream().sorted().toList();
    }

    private static List<String> titles(List<ArticleHit> hits) {
        return hits.stream().map(ArticleHit::title).toList();
    }

    /** The ids of this test's articles among the hits, in their order. */
    private List<Long> mine(List<ArticleHit> hits) {
        return ids(hits).stream().filter(written::contains).toList();
    }

    private static List<Long> ids(List<ArticleHit> hits) {
        return hits.stream().map(ArticleHit::id).toList();
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    private static void sql(String statement, Object... parameters) {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
