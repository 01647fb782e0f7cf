package com.pilotledger.app.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person signed in to the web pages through the login form: a session cookie, and forms posted with their CSRF token. */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String baseUrl;

    private PageSession(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    static PageSession signIn(int port, String user) {
        PageSession session = new PageSession(port);
        HttpResponse<String> signedIn = session.postForm("/login", session.csrfOf("/login"),
                "username=" + user + "&password=" + LedgerClient.PASSWORD);
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Could not sign in as " + user);
        }
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
    }

    /** Posts a form of the page at {@code pagePath}, with that page's CSRF token. */
    HttpResponse<String> submit(String pagePath, String action) {
        return postForm(action, csrfOf(pagePath), "");
    }

    /** Posts a form of the page at {@code pagePath} with these fields (already form-encoded). */
    HttpResponse<String> submit(String pagePath, String action, String fields) {
        return postForm(action, csrfOf(pagePath), fields);
    }

    private String csrfOf(String pagePath) {
        Matcher token = CSRF.matcher(get(pagePath).body());
        if (!token.find()) {
            throw new IllegalStateException("No form with a CSRF token on " + pagePath);
        }
        return token.group(1);
    }

    private HttpResponse<String> postForm(String path, String csrf, String fields) {
        String body = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + (fields.isEmpty() ? "" : "&" + fields);
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
