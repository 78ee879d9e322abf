package com.serviceportal.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A POST to one of the benchmarks' test-only servlets, whose answer is plain text. */
public final class ServerCall {

    private ServerCall() {}

    /** The answer to {@code POST base + pathAndQuery}; fails unless it is 200. */
    public static String post(URL base, String pathAndQuery, Duration patience) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(patience)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        pathAndQuery + " answered " + response.statusCode() + " " + response.body());
            }
            return response.body().strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
