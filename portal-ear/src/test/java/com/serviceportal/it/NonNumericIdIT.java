package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An address with an id that is no number ({@code ?id=abc}, {@code ?number=x}, {@code ?site=x}) or
 * no record answers 404 on every page that takes one, for the desk and for a customer: never an error
 * page, and never the page without its record (an empty "new" form).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class NonNumericIdIT {

    private static final List<String> DESK = List.of(
            "/desk/contacts/edit.xhtml?id=",
            "/desk/contacts/access.xhtml?id=",
            "/desk/contacts/access.xhtml?account=",
            "/desk/customers/edit.xhtml?id=",
            "/desk/customers/edit.xhtml?company=",
            "/desk/equipment/item.xhtml?id=",
            "/desk/equipment/edit.xhtml?id=",
            "/desk/contracts/detail.xhtml?id=",
            "/desk/contracts/edit.xhtml?id=",
            "/desk/orders/order.xhtml?id=",
            "/desk/orders/new.xhtml?case=",
            "/desk/cases/work.xhtml?number=",
            "/desk/cases/new.xhtml?equipment=");

    private static final List<String> PORTAL = List.of(
            "/portal/cases/detail.xhtml?number=",
            "/portal/cases/list.xhtml?site=",
            "/portal/cases/new.xhtml?equipment=",
            "/portal/orders/order.xhtml?id=",
            "/portal/orders/list.xhtml?site=",
            "/portal/orders/report.xhtml?equipment=",
            "/portal/sites/site.xhtml?id=",
            "/portal/sites/documents.xhtml?site=",
            "/portal/sites/invoices.xhtml?site=",
            "/portal/equipment/item.xhtml?id=",
            "/portal/equipment/edit.xhtml?id=",
            "/portal/equipment/list.xhtml?site=");

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void theDeskAnswers404ToIdsThatAreNoNumberOrNoRecord() {
        assertEveryPageAnswers404(DemoData.TECHNICIAN, DESK);
    }

    @Test
    public void thePortalAnswers404ToIdsThatAreNoNumberOrNoRecord() {
        assertEveryPageAnswers404(DemoData.SITE_CONTACT, PORTAL);
    }

    private void assertEveryPageAnswers404(String username, List<String> pages) {
        HttpClient http = WebSignIn.signedIn(base, username, DemoData.PASSWORD);
        Map<String, Integer> expected = new LinkedHashMap<>();
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String page : pages) {
            for (String id : List.of("abc", "x1", "-5", "99999999999")) {
                expected.put(page + id, 404);
                actual.put(page + id, WebSignIn.status(http, base, page + id));
            }
        }
        assertEquals(expected, actual);
    }
}
