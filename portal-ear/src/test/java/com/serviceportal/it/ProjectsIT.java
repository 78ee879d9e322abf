package com.serviceportal.it;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static com.serviceportal.it.Inbox.marker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Projects through the caller's scope (decision 0050), over the demo's two Nordic Foods projects:
 * the company's "Cold chain upgrade" (NF-P-2601, a request for change waiting) and the Göteborg
 * plant's "Packing line 2 installation" (NF-P-2602). Another company never sees them, a site contact
 * sees its site's only, a contact with chosen projects the chosen ones; only an authorised contact
 * decides a change, a stale page decides nothing, the project manager is mailed; purchase prices
 * reach only contacts with the option.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ProjectsIT {

    private static final String COLD_CHAIN = "NF-P-2601";
    private static final String PACKING_LINE = "NF-P-2602";
    private static final String TOM = "tom@servicedesk.example";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(ProjectsITDriver.class, DemoData.class);
    }

    @ArquillianResource
    private URL base;

    @RegisterExtension
    final Inbox inbox = Inbox.running();

    /** What each test changed, put back afterwards (newest first). */
    private final List<String[]> undo = new ArrayList<>();

    @AfterEach
    void putBack() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            post(undo.get(i)[0], Arrays.copyOfRange(undo.get(i), 1, undo.get(i).length));
        }
    }

    @Test
    public void thePortalMenuOffersProjectsOnlyWhileTheSettingIsOn() {
        change("tab", "value", "false");
        assertEquals("false", post("menu", "user", COMPANY_CONTACT));
        assertEquals("not found", post("list", "user", COMPANY_CONTACT), "no projects to contacts while it is off");
        assertEquals("not found", post("open", "user", COMPANY_CONTACT, "project", COLD_CHAIN));
        assertEquals("not found", post("milestones", "user", COMPANY_CONTACT));
        assertTrue(post("list", "user", TECHNICIAN).contains(COLD_CHAIN), "the desk still runs them");
        change("tab", "value", "true");
        assertEquals("true", post("menu", "user", COMPANY_CONTACT));
    }

    @Test
    public void theProjectListPageAnswersNotFoundWhileTheSettingIsOff() {
        HttpClient anna = WebSignIn.signedIn(base, COMPANY_CONTACT, DemoData.PASSWORD);
        change("tab", "value", "true");
        assertEquals(200, WebSignIn.status(anna, base, "/portal/projects/list.xhtml"));

        change("tab", "value", "false");
        assertEquals(
                404,
                WebSignIn.status(anna, base, "/portal/projects/list.xhtml"),
                "not found, as a project's page, not a failure page");
    }

    @Test
    public void anotherCompanysProjectIsNeverVisibleByListOrById() {
        assertFalse(post("list", "user", OTHER_COMPANY_CONTACT).contains("NF-P-"), "Baltic Marine lists none of them");
        assertEquals("not found", post("open", "user", OTHER_COMPANY_CONTACT, "project", COLD_CHAIN));
        assertEquals("not found", post("open", "user", OTHER_COMPANY_CONTACT, "project", PACKING_LINE));
        assertEquals("", post("milestones", "user", OTHER_COMPANY_CONTACT), "nor their milestones");

        String number = "BM-P-" + marker().substring(1);
        String saved = post("save-project", "customer", "Baltic Marine Ltd", "number", number, "name", "Winch refit");
        undo.add(new String[] {"delete-project", "project", number});
        assertTrue(
                saved.endsWith("\tstale refused"), "a save from a form read before another save is refused: " + saved);
        assertTrue(post("list", "user", OTHER_COMPANY_CONTACT).contains(number));
        assertFalse(post("list", "user", COMPANY_CONTACT).contains(number), "Nordic Foods does not see Baltic's");
        assertEquals("not found", post("open", "user", COMPANY_CONTACT, "project", number));
        assertEquals("not found", post("open", "user", SITE_CONTACT, "project", number));
    }

    @Test
    public void theProjectFormKeepsAnInactiveCustomerAndADisabledManagerOfItsOwnProject() {
        String number = "CL-P-" + marker().substring(1);
        undo.add(new String[] {"remove-inactive-project", "number", number});

        String[] offered = post("inactive-project", "number", number).split("\t");

        assertEquals("customer false, manager false", offered[0], "a new project is for active customers and staff");
        assertEquals("customer true, manager true", offered[1], "the project's own are offered, so it saves as it is");
    }

    @Test
    public void aSiteContactSeesOnlyItsSitesProjects() {
        List<String> companys = lines(post("list", "user", COMPANY_CONTACT));
        assertTrue(companys.containsAll(List.of(COLD_CHAIN, PACKING_LINE)), "anna sees both: " + companys);
        List<String> sites = lines(post("list", "user", SITE_CONTACT));
        assertTrue(sites.contains(PACKING_LINE), "sven sees the Göteborg plant's project: " + sites);
        assertFalse(sites.contains(COLD_CHAIN), "but not the company's: " + sites);
        assertEquals("not found", post("open", "user", SITE_CONTACT, "project", COLD_CHAIN));

        String milestones = post("milestones", "user", SITE_CONTACT);
        assertTrue(milestones.contains(PACKING_LINE + " Test run with product"), milestones);
        assertFalse(milestones.contains(COLD_CHAIN), milestones);
        assertTrue(post("milestones", "user", COMPANY_CONTACT).contains(COLD_CHAIN + " Malmö switched over"));
    }

    @Test
    public void aContactLimitedToChosenProjectsSeesOnlyThose() {
        change("option", "user", COMPANY_CONTACT, "name", "all_projects", "value", "false");
        change("chosen", "user", COMPANY_CONTACT, "value", PACKING_LINE);

        assertEquals(List.of(PACKING_LINE), lines(post("list", "user", COMPANY_CONTACT)));
        assertEquals("not found", post("open", "user", COMPANY_CONTACT, "project", COLD_CHAIN));
        assertFalse(post("milestones", "user", COMPANY_CONTACT).contains(COLD_CHAIN));
        assertEquals(
                "not found",
                post(
                        "decide",
                        "user",
                        COMPANY_CONTACT,
                        "project",
                        COLD_CHAIN,
                        "change",
                        "1",
                        "version",
                        version(COLD_CHAIN, "1"),
                        "approve",
                        "true"),
                "nor decides its changes");

        change("chosen", "user", COMPANY_CONTACT, "value", "");
        assertEquals("", post("list", "user", COMPANY_CONTACT), "none chosen: none seen, never all");
    }

    @Test
    public void purchasePricesReachOnlyContactsWithTheOption() {
        change("option", "user", COMPANY_CONTACT, "name", "project_purchase_prices", "value", "false");
        assertEquals(
                "-,-,-",
                post("open", "user", COMPANY_CONTACT, "project", COLD_CHAIN).split("\t")[1]);

        change("option", "user", COMPANY_CONTACT, "name", "project_purchase_prices", "value", "true");
        assertEquals(
                "12900.00,2650.00,66000.00",
                post("open", "user", COMPANY_CONTACT, "project", COLD_CHAIN).split("\t")[1]);
        assertEquals(
                "-,-",
                post("open", "user", SITE_CONTACT, "project", PACKING_LINE).split("\t")[1],
                "sven has no such option");
        assertEquals(
                "742000.00,12000.00",
                post("open", "user", TECHNICIAN, "project", PACKING_LINE).split("\t")[1]);
    }

    @Test
    public void onlyTheCustomersAuthorisedContactDecidesAndTheDeskIsMailed() {
        undo.add(new String[] {"reset-change", "project", COLD_CHAIN, "change", "1"});
        String version = version(COLD_CHAIN, "1");
        assertEquals(
                "not found",
                decide(OTHER_COMPANY_CONTACT, COLD_CHAIN, "1", version, true, "x"),
                "another company's contact");
        assertEquals("not found", decide(TECHNICIAN, COLD_CHAIN, "1", version, true, "x"), "the desk decides nothing");

        String number = post("raise-change", "project", PACKING_LINE, "description", "Extra guard rail " + marker());
        undo.add(new String[] {"remove-change", "project", PACKING_LINE, "change", number});
        String[] sven =
                post("open", "user", SITE_CONTACT, "project", PACKING_LINE).split("\t", -1);
        assertEquals("false", sven[2], "sven has a line manager: the page offers no decision");
        assertEquals(
                "not authorised",
                decide(SITE_CONTACT, PACKING_LINE, number, version(PACKING_LINE, number), true, "ok"),
                "and the service refuses it");

        assertEquals(
                "true",
                post("open", "user", COMPANY_CONTACT, "project", COLD_CHAIN).split("\t", -1)[2]);
        String comment = "Go ahead, sensors on all four doors " + marker();
        assertEquals(
                "APPROVED\tAnna Lind\t" + comment, decide(COMPANY_CONTACT, COLD_CHAIN, "1", version, true, comment));
        assertEquals(
                "changed",
                decide(COMPANY_CONTACT, COLD_CHAIN, "1", version, false, "No after all"),
                "a page that still shows the waiting change decides nothing");

        Mail mail = inbox.awaitMentioning(comment, 1).get(0);
        assertEquals(TOM, mail.recipient(), "the project manager is mailed");
        assertEquals("Request for change 1 on project NF-P-2601 approved by Anna Lind", mail.subject());
        assertTrue(mail.body().contains("/desk/projects/edit.xhtml?id="), mail.body());
    }

    @Test
    public void aCaseRaisedForTheProjectIsOneOfItsIssues() {
        String summary = "Guard rail loose on line 2 " + marker();
        post(
                "raise-case",
                "project",
                PACKING_LINE,
                "customer",
                "Nordic Foods Göteborg plant",
                "contact",
                SITE_CONTACT,
                "summary",
                summary);
        assertTrue(post("open", "user", SITE_CONTACT, "project", PACKING_LINE).contains(summary));
        assertTrue(
                post("open", "user", COMPANY_CONTACT, "project", PACKING_LINE).contains(summary));
        assertTrue(
                post(
                                "raise-case",
                                "project",
                                PACKING_LINE,
                                "customer",
                                "Nordic Foods Malmö warehouse",
                                "contact",
                                COMPANY_CONTACT,
                                "summary",
                                "x")
                        .startsWith("refused: case.error.projectOfOtherCustomer"),
                "a project of another site is refused");
    }

    private String decide(String user, String project, String change, String version, boolean approve, String comment) {
        return post(
                "decide",
                "user",
                user,
                "project",
                project,
                "change",
                change,
                "version",
                version,
                "approve",
                Boolean.toString(approve),
                "comment",
                comment);
    }

    private String version(String project, String change) {
        return post("change-version", "project", project, "change", change);
    }

    private static List<String> lines(String answer) {
        return answer.isEmpty() ? List.of() : List.of(answer.split("\n"));
    }

    /** Changes a value through the helper and remembers how to put the previous one back. */
    private void change(String action, String... parameters) {
        String previous = post(action, parameters);
        String[] back = Arrays.copyOf(parameters, parameters.length);
        back[back.length - 1] = previous;
        String[] entry = new String[back.length + 1];
        entry[0] = action;
        System.arraycopy(back, 0, entry, 1, back.length);
        undo.add(entry);
    }

    private String post(String action, String... parameters) {
        return TestDriver.at(base, "projects").post(action, parameters);
    }
}
