package com.pilotledger.app.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling over the API and the login form, and the security headers of pages, API and Swagger UI. Every
 * request comes from 127.0.0.1, so the per-address limit is raised here (it is tested in {@code SignInThrottleTest}).
 */
class WebSecurityEndToEndTest extends EndToEndTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    protected String[] arguments() {
        return new String[]{"--pilot-ledger.sign-in.failures-per-address=1000"};
    }

    @Test
    void theApiRefusesWith429AndRetryAfterOnceAUserFailedFiveTimesWithoutCheckingThePassword() {
        for (int i = 0; i < 5; i++) {
            assertThat(api("eve", "not-the-password").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> refused = api("eve", LedgerClient.PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 15 * 60L);
        JsonNode problem = JsonMapper.builder().build().readTree(refused.body());
        assertThat(problem.at("/code").asString()).isEqualTo("SIGN_IN_THROTTLED");
        assertThat(problem.at("/status").asInt()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        assertThat(api("ethan", LedgerClient.PASSWORD).statusCode()).as("another user is unaffected").isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInForgetsTheFailuresBeforeIt() {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(api("pam", "not-the-password").statusCode()).isEqualTo(401);
            }
            assertThat(api("pam", LedgerClient.PASSWORD).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theLoginFormAnswers429WithAMessageOnceAUserFailedFiveTimes() {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = signIn(browser, "owen", "not-the-password");
            assertThat(failed.statusCode()).isEqualTo(302);
            assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }

        HttpResponse<String> refused = signIn(browser, "owen", LedgerClient.PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("id=\"sign-in-throttled\"", "Too many failed sign-ins", "15 minutes");
        assertThat(get(browser, "/").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void pagesAllowScriptsAndStylesOnlyFromTheApplicationAndSendASameSiteSessionCookie() {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = get(browser, "/login");
        assertThat(login.statusCode()).isEqualTo(200);
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
                "form-action 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");

        HttpResponse<String> signedIn = signIn(browser, "ada", LedgerClient.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        HttpResponse<String> board = get(browser, "/");
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.headers().firstValue("Content-Security-Policy")).contains(csp);
        assertThat(board.body()).contains("htmx.min.js").doesNotContain("<style");
    }

    @Test
    void theApiAnswersWithAPolicyThatAllowsNothing() {
        HttpResponse<String> pilots = api("ethan", LedgerClient.PASSWORD);
        assertThat(pilots.statusCode()).isEqualTo(200);
        assertThat(pilots.headers().firstValue("Content-Security-Policy"))
                .contains("default-src 'none'; frame-ancestors 'none'");
        assertThat(pilots.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    @Test
    void swaggerUiLoadsUnderItsOwnPolicyWithoutInlineScripts() {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(url("/swagger-ui.html")).GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js", "swagger-initializer.js");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "style-src 'self' 'unsafe-inline'")
                .doesNotContain("script-src", "unsafe-eval");
        assertThat(page.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        for (String asset : List.of("/swagger-ui/swagger-ui-bundle.js", "/swagger-ui/swagger-initializer.js",
                "/swagger-ui/swagger-ui.css", "/v3/api-docs/swagger-config", "/v3/api-docs")) {
            assertThat(send(browser, HttpRequest.newBuilder(url(asset)).GET().build()).statusCode())
                    .as(asset).isEqualTo(200);
        }
    }

    private HttpResponse<String> api(String user, String password) {
        return send(http, HttpRequest.newBuilder(url("/api/pilots")).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build());
    }

    /** Posts the login form as a browser does: with the CSRF token of the form it was given. */
    private HttpResponse<String> signIn(HttpClient browser, String user, String password) {
        Matcher token = CSRF.matcher(get(browser, "/login").body());
        assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
        String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        return send(browser, HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpResponse<String> get(HttpClient browser, String path) {
        return send(browser, HttpRequest.newBuilder(url(path)).GET().build());
    }

    private URI url(String path) {
        // 127.0.0.1, not localhost: the JDK's cookie store keeps no cookie for a host name without a dot.
        return URI.create("http://127.0.0.1:" + ledger.port() + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
