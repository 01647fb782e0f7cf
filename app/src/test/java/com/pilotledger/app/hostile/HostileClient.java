package com.pilotledger.app.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends hostile requests over real HTTP to the running application, as they are, and keeps the browser sessions of
 * the users signed in through the login form (session cookie and the CSRF token of their pages).
 */
final class HostileClient {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final String FORGED_TOKEN = "forged-5f1e0d2c-csrf-token";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(PATIENCE).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private final Map<String, SignedIn> sessions = new HashMap<>();

    HostileClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** A signed-in browser session: its cookie and the CSRF token its pages carry. */
    private record SignedIn(String cookie, String csrfToken) {
    }

    Answer send(HostileRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.target()))
                .timeout(PATIENCE)
                .method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(header -> builder.header(header.name(), header.value()));
        authenticate(builder, request.caller());
        try {
            HttpResponse<String> response = http.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers(), response.body(), null);
        } catch (IOException e) {
            return Answer.failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs a user in through the login form, as a browser does, and keeps the session for their requests. */
    void signIn(String user) {
        HttpResponse<String> loginPage = exchange(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET());
        String anonymousCookie = cookie(loginPage, null);
        String form = "username=" + Body.encode(user) + "&password=" + Body.encode(Caller.PASSWORD)
                + "&_csrf=" + Body.encode(csrf(loginPage));
        HttpResponse<String> signedIn = exchange(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + anonymousCookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Signing in as " + user + " failed: " + signedIn.statusCode() + " " + location);
        }
        String cookie = cookie(signedIn, anonymousCookie);
        HttpResponse<String> board = exchange(HttpRequest.newBuilder(URI.create(baseUrl + "/"))
                .header("Cookie", "JSESSIONID=" + cookie).GET());
        if (board.statusCode() == 403) {
            // A monitoring system opens no page; the login form still carries its session's token.
            board = exchange(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                    .header("Cookie", "JSESSIONID=" + cookie).GET());
        }
        sessions.put(user, new SignedIn(cookie, csrf(board)));
    }

    private void authenticate(HttpRequest.Builder builder, Caller caller) {
        if (caller instanceof Caller.Basic basic) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basic.user() + ":" + basic.password()).getBytes(StandardCharsets.UTF_8)));
        } else if (caller instanceof Caller.RawAuthorization raw) {
            builder.header("Authorization", raw.header());
        } else if (caller instanceof Caller.Session session) {
            SignedIn signedIn = sessions.get(session.user());
            if (signedIn == null) {
                throw new IllegalStateException(session.user() + " has not signed in");
            }
            builder.header("Cookie", "JSESSIONID=" + signedIn.cookie());
            if (session.csrf() == Caller.Csrf.VALID) {
                builder.header("X-CSRF-TOKEN", signedIn.csrfToken());
            } else if (session.csrf() == Caller.Csrf.FORGED) {
                builder.header("X-CSRF-TOKEN", FORGED_TOKEN);
            }
        }
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token on the page " + page.uri());
        }
        return matcher.group(1);
    }

    private static String cookie(HttpResponse<String> response, String otherwise) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().map(SESSION::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseGet(() -> {
                    if (otherwise == null) {
                        throw new IllegalStateException("No session cookie from " + response.uri());
                    }
                    return otherwise;
                });
    }
}
