package com.pilotledger.app.security;

import com.pilotledger.app.problem.Problems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/** Refusals by the security filters, written as RFC 9457 problem bodies like every other error of the API. */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Pilot Ledger\"");
            write(response, HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED,
                    "Sign in with a Pilot Ledger user (HTTP Basic) to use the API");
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
