package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import com.serviceportal.it.WebSignIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WindowType;

/**
 * What the portal's answers tell the browser: a Content-Security-Policy with a fresh script nonce on
 * every page (and pages that still work under it), no framing, no sniffing, no caching of signed-in
 * pages, no product versions, the session cookie's flags; and a form of an expired page reloading it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class SecurityHeadersBrowserIT {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'");

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void aSignedInPageCarriesTheSecurityHeadersAndTheSessionCookieItsFlags() {
        HttpClient http = WebSignIn.client();
        HttpResponse<String> signInPage = get(http, "signin.xhtml");
        String cookie = signInPage.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("JSESSIONID="), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(cookie.contains("Secure"), "the test server, like the demo, serves plain HTTP: " + cookie);
        assertNoProductVersion(signInPage.headers());

        assertTrue(WebSignIn.signIn(http, base, TECHNICIAN, PASSWORD).path().endsWith("/desk/cases/queue.xhtml"));
        HttpResponse<String> queue = get(http, "desk/cases/queue.xhtml");
        assertEquals(200, queue.statusCode());
        HttpHeaders headers = queue.headers();
        List<String> policies = headers.allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy, so that no second one narrows the page's scripts: " + policies);
        String policy = policies.get(0);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertFalse(policy.matches(".*script-src[^;]*unsafe.*"), "no inline script without the nonce: " + policy);
        Matcher nonce = NONCE.matcher(policy);
        assertTrue(nonce.find(), policy);
        assertTrue(queue.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry the nonce");
        assertFalse(
                Pattern.compile("<[^>]+\\son[a-z]+=\"").matcher(queue.body()).find(),
                "no inline event handler is left in the page");
        String nextNonce = NONCE.matcher(get(http, "desk/cases/queue.xhtml")
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow())
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        assertFalse(nextNonce.equals(nonce.group(1)), "a new nonce for every page");

        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null));
        assertTrue(headers.firstValue("Permissions-Policy").orElse("").contains("camera=()"));
        assertEquals("no-store", headers.firstValue("Cache-Control").orElse(null));
        assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), "HSTS only over HTTPS");
        assertNoProductVersion(headers);
    }

    @Test
    public void overHttpsTheBrowserIsToldToKeepToHttps() throws Exception {
        // the test domain's HTTPS listener (port base + 81) has Payara's self-signed certificate
        SSLContext trustTheTestServer = SSLContext.getInstance("TLS");
        trustTheTestServer.init(null, new TrustManager[] {new TestServerCertificate()}, null);
        HttpsURLConnection page =
                (HttpsURLConnection) URI.create("https://localhost:" + (base.getPort() + 1) + "/signin.xhtml")
                        .toURL()
                        .openConnection();
        page.setSSLSocketFactory(trustTheTestServer.getSocketFactory());
        page.setHostnameVerifier((host, session) -> "localhost".equals(host));
        try {
            assertEquals(200, page.getResponseCode());
            assertEquals("max-age=31536000", page.getHeaderField("Strict-Transport-Security"));
            assertTrue(page.getHeaderField("X-Powered-By") == null, "no product in X-Powered-By");
        } finally {
            page.disconnect();
        }
    }

    /** Accepts the test server's self-signed certificate; only this test's HTTPS client uses it. */
    private static final class TestServerCertificate implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    @Test
    public void thePagesWorkUnderTheContentSecurityPolicy() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("portal/cases/list.xhtml");
            new SignInPage(browser).signIn(COMPANY_CONTACT, PASSWORD);
            new CaseListPage(browser);
            browser.go("portal/cases/new.xhtml");
            new PlainPage(browser);
            assertNoRefusedScript(browser);
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("desk/contacts/list.xhtml");
            new SignInPage(browser).signIn(ADMINISTRATOR, PASSWORD);
            ContactPages.ListPage contacts = new ContactPages.ListPage(browser).search("Nordic");
            assertFalse(contacts.names().isEmpty(), "the AJAX search answered");
            new TopMenu(browser).openGroup("administration");
            SecurityLogPage.open(browser).kind("Signed in");
            assertNoRefusedScript(browser);
        }
    }

    @Test
    public void aFormOfAnExpiredPageReloadsThePageWithAMessage() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage signIn = SignInPage.open(browser);
            // as after a night with the page open: the server no longer knows the session
            browser.driver().manage().deleteAllCookies();
            signIn.signIn(TECHNICIAN, PASSWORD);
            SignInPage again = new SignInPage(browser);
            assertTrue(again.text().contains("This page had been open too long and was reloaded."), again.text());
            browser.screenshot("expired-sign-in");
            again.signIn(TECHNICIAN, PASSWORD);
            assertEquals("Case queue", new PlainPage(browser).heading(), "sending the form again works");

            ContactPages.ListPage contacts = ContactPages.ListPage.open(browser);
            String list = browser.driver().getWindowHandle();
            // more tabs than the session keeps views for: the list's view is dropped
            browser.driver().switchTo().newWindow(WindowType.TAB);
            for (int page = 0; page < 10; page++) {
                browser.go("desk/cases/queue.xhtml");
                new PlainPage(browser);
            }
            browser.driver().close();
            browser.driver().switchTo().window(list);
            contacts.search("Nordic");
            ContactPages.ListPage reloaded = new ContactPages.ListPage(browser);
            assertTrue(reloaded.text().contains("This page had been open too long and was reloaded."), reloaded.text());
            assertFalse(reloaded.search("Nordic").names().isEmpty(), "searching again works");
            assertNoRefusedScript(browser);
        }
    }

    private static void assertNoRefusedScript(Browser browser) {
        List<String> refused = browser.console().stream()
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        assertTrue(refused.isEmpty(), refused.toString());
    }

    private static void assertNoProductVersion(HttpHeaders headers) {
        assertTrue(headers.firstValue("X-Powered-By").isEmpty(), headers.map().toString());
        String server = headers.firstValue("Server").orElse("");
        assertFalse(server.matches(".*\\d.*") || server.contains("Payara"), "Server: " + server);
    }

    private HttpResponse<String> get(HttpClient http, String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/" + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
