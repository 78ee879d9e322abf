package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The desk chooses the sites a contact sees from a filtered list: by reference number, city,
 * category and name, and active sites only (the desk makes a site inactive on its own form). A site
 * already ticked stays listed whatever the filter, so narrowing the list never unchooses it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ContactSitePickerBrowserIT {

    private static final String MALMO = "Nordic Foods Malmö warehouse";
    private static final String GOTEBORG = "Nordic Foods Göteborg plant";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void theSitePickerIsFilteredAndKeepsWhatIsTicked() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            CustomerPages.FormPage malmo = CustomerPages.ListPage.open(browser).open(MALMO);
            assertEquals("Warehouse", malmo.value("category"), "the demo's category");
            malmo.active(false).save();
            try {
                ContactPages.FormPage form = ContactPages.ListPage.open(browser)
                        .newContact()
                        .type("firstName", "Sara")
                        .type("lastName", "Sites " + tag)
                        .type("username", "sites" + tag)
                        .type("email", "sites" + tag + "@nordicfoods.example")
                        .customer("Nordic Foods AB")
                        .chosenSitesOnly();
                assertTrue(form.listedSites().size() >= 3, "unfiltered, the company and its sites");

                form.filterSites(Map.of("siteReference", "gbg"), false);
                assertEquals(List.of(GOTEBORG + " · NF1000-GBG · Göteborg · Production"), form.listedSites());
                form.tickSite(GOTEBORG);
                browser.screenshot("desk-contact-site-picker-desktop");
                browser.resize(Browser.PHONE);
                browser.screenshot("desk-contact-site-picker-phone");
                browser.resize(Browser.DESKTOP);

                form.filterSites(Map.of("siteCategory", "wareh", "siteCity", "malm"), false);
                assertEquals(
                        List.of(
                                GOTEBORG + " · NF1000-GBG · Göteborg · Production",
                                MALMO + " · NF1000-MMX · Malmö · Warehouse · inactive"),
                        form.listedSites(),
                        "the ticked site stays listed beside the match");

                form.filterSites(Map.of("siteName", "Nordic"), true);
                assertTrue(form.listedSites().stream().noneMatch(s -> s.startsWith(MALMO)), "inactive left out");
                assertEquals(List.of(GOTEBORG + " · NF1000-GBG · Göteborg · Production"), form.tickedSites());

                form = form.save();
                assertEquals("Contact Sara Sites " + tag + " saved.", form.info());
                form = form.reopen().tab("Portal options");
                assertEquals(List.of(GOTEBORG + " · NF1000-GBG · Göteborg · Production"), form.tickedSites());
                form.delete();
            } finally {
                CustomerPages.ListPage.open(browser).open(MALMO).active(true).save();
            }
        }
    }
}
