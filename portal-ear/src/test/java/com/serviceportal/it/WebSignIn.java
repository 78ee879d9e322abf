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

    private WebSignIn() {}

    /** The path the portal lands the user on after the form is sent; the sign-in page when refused. */
    public static String landing(URL base, String username, String password) {
        return signIn(newClient(), base, username, password);
    }

    /** A client signed in as the user (its session cookie kept), for pages a test calls itself. */
    public static HttpClient signedIn(URL base, String username, String password) {
        HttpClient http = newClient();
        if (signIn(http, base, username, password).endsWith("/signin.xhtml")) {
            throw new IllegalStateException(username + " was not signed in");
        }
        return http;
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static String signIn(HttpClient http, URL base, String username, String password) {
        URI signIn = URI.create(base.toString().replaceAll("/$", "") + "/signin.xhtml");
        try {
            String page = http.send(HttpRequest.newBuilder(signIn).GET().build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher viewState = VIEW_STATE.matcher(page);
            if (!viewState.find()) {
                throw new IllegalStateException("no sign-in form: " + page);
            }
            String form = "signin=signin&signin%3Ausername=" + encode(username) + "&signin%3Apassword="
                    + encode(password) + "&signin%3Asubmit=&jakarta.faces.ViewState="
                    + encode(viewState.group(1).replace("&#58;", ":"));
            return http.send(
                            HttpRequest.newBuilder(signIn)
                                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .uri()
                    .getPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
