package com.serviceportal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs in through the real sign-in form, as a browser without JavaScript would. */
public final class WebSignIn {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** The page's script nonce, which PrimeFaces' Content-Security-Policy wants back with each form. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private WebSignIn() {}

    /** What the portal answered to the sign-in form: where the user landed, that page, and how long the answer took. */
    public record Answer(String path, String page, Duration took) {

        /** Whether the answer is the sign-in page again, with the one message every refusal shows. */
        public boolean refused() {
            return path.endsWith("/signin.xhtml") && page.contains("The username or password is not right.");
        }

        /** Whether the answer is the sign-in page again, saying the password could not be checked at all. */
        public boolean couldNotCheck() {
            return path.endsWith("/signin.xhtml") && page.contains("could not be checked just now");
        }
    }

    /** The path the portal lands the user on after the form is sent; the sign-in page when refused. */
    public static String landing(URL base, String username, String password) {
        return signIn(base, username, password).path();
    }

    /** Sends the sign-in form (in English) and answers what came back. */
    public static Answer signIn(URL base, String username, String password) {
        return signIn(client(), base, username, password);
    }

    /** A client signed in as the user (its session cookie kept), for pages a test reads itself. */
    public static HttpClient signedIn(URL base, String username, String password) {
        HttpClient http = client();
        if (signIn(http, base, username, password).path().endsWith("/signin.xhtml")) {
            throw new IllegalStateException(username + " was not signed in");
        }
        return http;
    }

    /** A client of its own, like a fresh browser: it keeps its cookies and follows redirects. */
    public static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The status a page answers the client (signed in or not): {@code path} starts after the application's root. */
    public static int status(HttpClient http, URL base, String path) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in with the given client, which then keeps the session. */
    public static Answer signIn(HttpClient http, URL base, String username, String password) {
        URI signIn = URI.create(base.toString().replaceAll("/$", "") + "/signin.xhtml");
        try {
            String page = http.send(
                            HttpRequest.newBuilder(signIn)
                                    .header("Accept-Language", "en")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher viewState = VIEW_STATE.matcher(page);
            if (!viewState.find()) {
                throw new IllegalStateException("no sign-in form: " + page);
            }
            String form = "signin=signin&signin%3Ausername=" + encode(username) + "&signin%3Apassword="
                    + encode(password) + "&signin%3Asubmit=&jakarta.faces.ViewState="
                    + encode(viewState.group(1).replace("&#58;", ":"))
                    + "&primefaces.nonce=" + encode(nonce(page));
            long start = System.nanoTime();
            HttpResponse<String> after = http.send(
                    HttpRequest.newBuilder(signIn)
                            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                            .header("Accept-Language", "en")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            return new Answer(after.uri().getPath(), after.body(), took);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String nonce(String page) {
        Matcher nonce = NONCE.matcher(page);
        return nonce.find() ? nonce.group(1) : "";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
