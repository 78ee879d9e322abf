package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The servlet a test deploys next to the portal to act inside the server ({@code /it/<name>/<action>}),
 * called over HTTP. Every call must answer 200; the answer's body is returned.
 */
public final class TestDriver {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String root;

    private TestDriver(URL base, String name) {
        this.root = base.toString().replaceAll("/$", "") + "/it/" + name + "/";
    }

    /** The driver servlet mapped to {@code /it/<name>/*} of the deployment at {@code base}. */
    public static TestDriver at(URL base, String name) {
        return new TestDriver(base, name);
    }

    /** Sends the parameters (name, value, name, value, ...) as a UTF-8 form, so "Ström" arrives intact. */
    public String post(String action, String... parameters) {
        return send(HttpRequest.newBuilder(URI.create(root + action))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
                .build());
    }

    public String get(String action, String... parameters) {
        String query = form(parameters);
        return send(HttpRequest.newBuilder(URI.create(root + action + (query.isEmpty() ? "" : "?" + query)))
                .GET()
                .build());
    }

    private static String form(String... parameters) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < parameters.length; i += 2) {
            form.append(i == 0 ? "" : "&")
                    .append(parameters[i])
                    .append('=')
                    .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private static String send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
