package com.serviceportal.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One signed-in browser as far as the server can tell: a cookie jar, full page requests and the
 * AJAX requests PrimeFaces sends for a table's sort, page turn or a filter's change.
 */
final class PortalSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's script nonce, which PrimeFaces' Content-Security-Policy wants back with each form. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final HttpClient http;
    private final URI base;
    private String viewState;
    private String nonce;

    PortalSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    void signIn(String username, String password) {
        String page = get("signin.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signin", "signin");
        form.put("signin:username", username);
        form.put("signin:password", password);
        form.put("signin:submit", "");
        form.put("jakarta.faces.ViewState", viewStateOf(page));
        form.put("primefaces.nonce", nonceOf(page));
        String after = post("signin.xhtml", form);
        if (!after.contains("case-table")) {
            throw new IllegalStateException("Sign-in of " + username + " did not reach the case list");
        }
    }

    /** Opens a page (a new view) and returns its HTML. */
    String get(String path) {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(base.resolve(path)).GET());
        viewState = viewStateOf(response.body());
        nonce = nonceOf(response.body());
        return response.body();
    }

    /** An AJAX request of the current view: executes {@code source}, renders {@code render}. */
    String ajax(String form, String source, String event, String render, Map<String, String> parameters) {
        return ajax("portal/cases/list.xhtml", form, source, event, render, parameters);
    }

    /** An AJAX request from the page at {@code path}, on the view the last {@link #get} opened. */
    String ajax(String path, String form, String source, String event, String render, Map<String, String> parameters) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("jakarta.faces.partial.ajax", "true");
        body.put("jakarta.faces.source", source);
        body.put("jakarta.faces.partial.execute", source);
        body.put("jakarta.faces.partial.render", render);
        if (event != null) {
            body.put("jakarta.faces.behavior.event", event);
            body.put("jakarta.faces.partial.event", event);
        }
        body.put(form, form);
        body.putAll(parameters);
        body.put("jakarta.faces.ViewState", viewState);
        body.put("primefaces.nonce", nonce);
        String response = post(path, body, true);
        if (!response.contains("<partial-response") || response.contains("<error>")) {
            throw new IllegalStateException("AJAX request failed: " + response);
        }
        return response;
    }

    /** Submits a form of the current view without AJAX, as its button {@code button} does, and returns the page. */
    String submit(String path, String form, String button, Map<String, String> fields) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put(form, form);
        body.putAll(fields);
        body.put(button, "");
        body.put("jakarta.faces.ViewState", viewState);
        body.put("primefaces.nonce", nonce);
        String page = post(path, body);
        viewState = viewStateOf(page);
        nonce = nonceOf(page);
        return page;
    }

    private String post(String path, Map<String, String> form) {
        return post(path, form, false);
    }

    private String post(String path, Map<String, String> form, boolean partial) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (partial) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return send(request).body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(response.statusCode() + " from " + response.uri());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String viewStateOf(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        return matcher.find() ? matcher.group(1).replace("&#58;", ":") : null;
    }

    private static String nonceOf(String page) {
        Matcher matcher = NONCE.matcher(page);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
