package com.pilotledger.app.security;

import com.pilotledger.app.problem.Problems;
import com.pilotledger.app.security.sso.IdentityRefusedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

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
            write(response, HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED,
                    "Sign in with a Pilot Ledger user (HTTP Basic) to use the API");
        };
    }

    /**
     * A bearer token refused (single sign-on, docs/sso.md): one whose signature, issuer, audience or expiry does not
     * hold is 401; a valid one for a person the ledger cannot let in (no mapped role, a user name too long to record)
     * is 403, with the reason.
     */
    AuthenticationEntryPoint bearerRefused() {
        return (request, response, exception) -> {
            if (exception instanceof IdentityRefusedException refused) {
                write(response, HttpStatus.FORBIDDEN, Problems.FORBIDDEN, refused.getMessage());
                return;
            }
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            write(response, HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED,
                    "The bearer token was refused: its signature, issuer, audience or expiry is not valid");
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, Problems.FORBIDDEN,
                "Your role does not allow this action");
    }

    /**
     * A request the firewall refuses (an encoded slash or dot segment, a ";" in the path, a control character in a
     * header...). Answered here, at once: an error dispatch would carry the same request through the filters again.
     */
    RequestRejectedHandler rejected() {
        return (request, response, exception) -> write(response, HttpStatus.BAD_REQUEST, Problems.REQUEST_REJECTED,
                "The request was refused because its address or headers are not allowed");
    }

    private void write(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        Problems.write(response, Problems.of(status, code, detail), json);
    }
}
