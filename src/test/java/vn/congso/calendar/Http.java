package vn.congso.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for integration tests on the random port: JSON in, status and JSON out. */
final class Http {

    static final String ADMIN = basic("admin", "Congso@2026");

    private final HttpClient client = HttpClient.newHttpClient();
    private final JsonMapper json;
    private final int port;

    Http(JsonMapper json, int port) {
        this.json = json;
        this.port = port;
    }

    record Answer(int status, String contentType, JsonNode body) {

        String code() {
            return body.path("code").asString();
        }

        String detail() {
            return body.path("detail").asString();
        }
    }

    static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Answer get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    Answer send(String method, String path, Object body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String text = response.body();
            JsonNode node = text == null || text.isBlank() ? json.nullNode() : json.readTree(text);
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
