package com.serviceportal.it;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.cases.CaseService;
import com.serviceportal.cases.NewCase;
import com.serviceportal.cases.NewNote;
import com.serviceportal.cases.NoteDetails;
import com.serviceportal.cases.Severity;
import com.serviceportal.knowledge.AddedImage;
import com.serviceportal.knowledge.ArticleForm;
import com.serviceportal.knowledge.ArticleImage;
import com.serviceportal.knowledge.ArticleImageService;
import com.serviceportal.knowledge.CaseCopyService;
import com.serviceportal.knowledge.KnowledgeService;
import com.serviceportal.knowledge.Visibility;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.FileDownload;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Caller;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Copying a case into an article and the images in articles: the copy carries only the notes the
 * technician chose (and only ones the customer sees), never the customer's name, e-mail address or
 * phone number unless the technician types them back; an image is given only to those who may read
 * its article, is recognised by its bytes, and no other image source survives the sanitizer.
 */
@ExtendWith(ArquillianExtension.class)
public class KnowledgeCopyIT {

    private static final long STATUS_IN_PROGRESS = 2;
    private static final long STATUS_INTERNAL_REVIEW = 4;

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(KnowledgeCopyIT.class, DemoData.class, WrittenArticles.class);
    }

    @Inject
    private KnowledgeService knowledge;

    @Inject
    private CaseCopyService copies;

    @Inject
    private ArticleImageService images;

    @Inject
    private CaseService cases;

    @Inject
    private Caller caller;

    private final String tag = "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "zq";
    private final List<Long> written = new ArrayList<>();

    @AfterEach
    public void removeWrittenArticles() {
        WrittenArticles.remove(written);
    }

    @Test
    public void aCopyCarriesOnlyTheChosenNotesAndNoneOfTheCustomersData() {
        String[] sven = contactOf(SITE_CONTACT); // first name, last name, e-mail, phone
        signIn(SITE_CONTACT);
        NewCase request = new NewCase();
        request.setSummary("Freezer at Nordic Foods Göteborg plant leaks water " + tag);
        request.setDescription("This is " + sven[0] + " " + sven[1] + ". Call me on 031-555 02 030 or write to "
                + sven[2].toUpperCase(Locale.ROOT) + ". The water runs <under> the door.");
        request.setSeverity(Severity.MEDIUM);
        long number = cases.raise(request).getNumber();

        signIn(TECHNICIAN);
        note(
                number,
                STATUS_IN_PROGRESS,
                "Replaced the door gasket " + tag + ".\nTold " + sven[0] + " on " + sven[3]
                        + " that Nordic Foods should keep the drain clear.");
        note(number, STATUS_IN_PROGRESS, "Second visit booked for Monday " + tag);
        note(number, STATUS_INTERNAL_REVIEW, "Supplier admits a faulty gasket batch " + tag);
        List<NoteDetails> notes = cases.getByNumber(number).getNotes();
        long chosen = idOf(notes, "Replaced the door gasket");
        long internal = idOf(notes, "Supplier admits");

        assertEquals(2, copies.copyChoices(number).notes().size(), "only the notes the customer sees are offered");
        ArticleForm draft = copies.draftFromCase(number, List.of(chosen, internal));

        String all = String.join(" ", draft.getTitle(), draft.getProblem(), draft.getSolution());
        assertTrue(draft.getSolution().contains("Replaced the door gasket"), draft.getSolution());
        assertFalse(all.contains("Second visit"), "a note not chosen is left out: " + all);
        assertFalse(all.contains("Supplier admits"), "an internal note never goes into an article: " + all);
        String lower = all.toLowerCase(Locale.ROOT);
        for (String data : List.of(sven[0], sven[1], sven[2], "nordic foods", "göteborg", "555 020 30", "555 02 030")) {
            assertFalse(lower.contains(data.toLowerCase(Locale.ROOT)), data + " passed into the draft: " + all);
        }
        assertTrue(all.contains("[customer]") || all.contains("[kund]"), all);
        assertTrue(draft.getCustomerDataRemoved() >= 7, "replaced " + draft.getCustomerDataRemoved());
        assertTrue(draft.getProblem().contains("&lt;under&gt;"), "the case's text stays text: " + draft.getProblem());
        assertTrue(
                draft.getTitle().startsWith("Freezer at [") && draft.getTitle().endsWith(tag), draft.getTitle());
        assertEquals(number, draft.getSourceCaseNumber());
        assertTrue(draft.isCopiedDraft());
        assertEquals(
                0,
                count("SELECT COUNT(*) FROM knowledge_article WHERE title LIKE ?", "%" + tag + "%"),
                "nothing is saved until the technician saves");

        // what the technician types back is kept
        draft.setCategory("Cat " + tag);
        draft.setSolution(draft.getSolution() + "<p>Ask for " + sven[0] + ".</p>");
        long id = saved(draft);
        ArticleForm stored = knowledge.articleForm(id);
        assertTrue(stored.getSolution().contains("Ask for " + sven[0]), stored.getSolution());
        assertEquals(number, stored.getSourceCaseNumber(), "the desk links back to the case");
        assertFalse(stored.isCopiedDraft());
        stored.setTitle(stored.getTitle() + " edited");
        knowledge.saveArticle(stored);
        assertEquals(number, knowledge.articleForm(id).getSourceCaseNumber(), "an edit keeps the link");
    }

    @Test
    public void anImageIsGivenOnlyToThoseWhoMayReadItsArticle() {
        byte[] png = png();
        long everyone = published(form("Everyone " + tag, Visibility.EVERY_CUSTOMER, null));
        long baltic = published(form("Baltic " + tag, Visibility.CHOSEN_COMPANIES, "BM2000"));
        long staff = published(form("Staff " + tag, Visibility.STAFF_ONLY, null));
        long draft = saved(form("Draft " + tag, Visibility.EVERY_CUSTOMER, null));
        signIn(TECHNICIAN);
        AddedImage visible = images.addImage(everyone, " Thermostat dial ", png);
        assertEquals(ArticleImage.PATH + visible.id(), visible.src());
        assertEquals("Thermostat dial", visible.alt());
        long otherCompanys = images.addImage(baltic, "dial", png).id();
        long staffOnly = images.addImage(staff, "dial", png).id();
        long drafts = images.addImage(draft, "dial", png).id();

        for (String contact : List.of(COMPANY_CONTACT, SITE_CONTACT)) {
            signIn(contact);
            FileDownload image = knowledge.image(visible.id());
            assertEquals("image/png", image.contentType());
            assertArrayEquals(png, image.content());
            for (long hidden : List.of(otherCompanys, staffOnly, drafts, 999_999_999L)) {
                assertThrows(NotFoundException.class, () -> knowledge.image(hidden), contact + " gets " + hidden);
            }
        }
        signIn(TECHNICIAN);
        assertEquals("image/png", knowledge.image(drafts).contentType(), "the desk previews a draft's images");
    }

    @Test
    public void anImageIsKnownByItsBytesNotItsName() {
        long id = saved(form("Images " + tag, Visibility.STAFF_ONLY, null));
        signIn(TECHNICIAN);
        assertEquals("image/png", type(images.addImage(id, "png", png())));
        assertEquals("image/jpeg", type(images.addImage(id, "jpeg", encoded("jpg"))));
        assertEquals("image/gif", type(images.addImage(id, "gif", encoded("gif"))));
        byte[] webp = Arrays.copyOf("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), 40);
        assertEquals("image/webp", type(images.addImage(id, "webp", webp)));

        assertEquals("knowledge.image.notImage", refusal(id, "script", "<script>alert(1)</script>".getBytes()));
        assertEquals(
                "knowledge.image.notImage",
                refusal(id, "svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes()));
        assertEquals("knowledge.image.altMissing", refusal(id, "  ", png()));
        byte[] huge = Arrays.copyOf(png(), ArticleImage.MAX_BYTES + 1);
        assertEquals("knowledge.image.tooLarge", refusal(id, "huge", huge));
        assertThrows(NotFoundException.class, () -> images.addImage(999_999_999L, "none", png()));
    }

    @Test
    public void onlyTheApplicationsOwnImagesSurviveTheSanitizer() {
        ArticleForm form = form("Pasted images " + tag, Visibility.EVERY_CUSTOMER, null);
        form.setSolution("<p>Kept <img src=\"/portal/knowledge/image?id=1234\" alt=\"Dial\"></p>"
                + "<img src=\"https://evil.example/portal/knowledge/image?id=1\" alt=\"foreign\">"
                + "<img src=\"//evil.example/portal/knowledge/image?id=1\" alt=\"schemeless\">"
                + "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"data\">"
                + "<img src=\"/portal/knowledge/image?id=1234\" onerror=\"alert(1)\" onload=\"alert(2)\" alt=\"handlers\">"
                + "<img src=\"/portal/knowledge/image?id=1&amp;x=javascript:alert(1)\" alt=\"tail\">"
                + "<img src=\"javascript:alert(1)\" alt=\"script\">"
                + "<img src=\"/portal/../desk/settings/index.xhtml?id=1\" alt=\"elsewhere\">"
                + "<img alt=\"nosource\">");
        long id = published(form);

        signIn(COMPANY_CONTACT);
        String html = knowledge.read(id).solutionHtml();
        String lower = html.toLowerCase(Locale.ROOT);
        for (String unsafe : List.of("evil", "data:", "onerror", "onload", "javascript", "alert", "settings")) {
            assertFalse(lower.contains(unsafe), unsafe + " survived in " + html);
        }
        assertEquals(2, html.split("<img", -1).length - 1, "the own image and the one stripped of handlers: " + html);
        assertTrue(html.contains("alt=\"Dial\""), html);
        assertTrue(html.contains("alt=\"handlers\""), html);
        assertFalse(html.contains("nosource"), html);
    }

    // ---- helpers

    private String refusal(long article, String alt, byte[] content) {
        return assertThrows(BusinessException.class, () -> images.addImage(article, alt, content))
                .getMessageKey();
    }

    private String type(AddedImage added) {
        return knowledge.image(added.id()).contentType();
    }

    private static byte[] png() {
        return encoded("png");
    }

    private static byte[] encoded(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x3366cc);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void note(long number, long statusId, String text) {
        NewNote note = NewNote.of(cases.getByNumber(number));
        note.setStatusId(statusId);
        note.setText(text);
        cases.addNote(note);
    }

    private static long idOf(List<NoteDetails> notes, String start) {
        return notes.stream()
                .filter(n -> n.getText().startsWith(start))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    private ArticleForm form(String title, Visibility visibility, String companies) {
        ArticleForm form = new ArticleForm();
        form.setTitle(title);
        form.setCategory("Cat " + tag);
        form.setProblem("<p>Problem of " + title + "</p>");
        form.setSolution("<p>Solution of " + title + "</p>");
        form.setVisibility(visibility);
        form.setCompanies(companies);
        return form;
    }

    private long saved(ArticleForm form) {
        signIn(TECHNICIAN);
        long id = knowledge.saveArticle(form);
        written.add(id);
        return id;
    }

    private long published(ArticleForm form) {
        long id = saved(form);
        knowledge.publish(id, knowledge.articleForm(id).getVersion());
        return id;
    }

    private void signIn(String username) {
        caller.signIn(DemoData.accountId(username));
    }

    /** The contact's first name, last name, e-mail address and phone number. */
    private static String[] contactOf(String username) {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT c.first_name, c.last_name, c.email, c.phone FROM contact c"
                                + " JOIN user_account u ON u.contact_id = c.id WHERE u.username = ?")) {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String statement, Object parameter) {
        try (Connection connection = DemoData.database().getConnection();
                PreparedStatement query = connection.prepareStatement(statement)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
