package com.pilotledger.app.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;

/**
 * Refusals by the security filters, written as RFC 9457 problem bodies like every other error of the API. A sign-in
 * the throttle holds back is 429 with {@code Retry-After}, not 401: the client should wait, not ask for a password.
 */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            if (exception instanceof SignInThrottledException throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
                write(response, HttpStatus.TOO_MANY_REQUESTS, "SIGN_IN_THROTTLED", "Too many failed sign-ins for "
                        + "this user or from this address; try again in " + throttled.retryAfterSeconds() + " seconds");
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Pilot Ledger\"");
            write(response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                    "Sign in with a Pilot Ledger user (HTTP Basic) to use the API");
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, "FORBIDDEN",
                "Your role does not allow this action");
    }

    private void write(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:pilot-ledger:problem:" + code.toLowerCase()));
        problem.setProperty("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
