package com.pilotledger.app.problem;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;

/**
 * The one shape of every error answer of the API: an RFC 9457 problem with a stable {@code code} and a {@code type}
 * derived from it. The advice, the security filters, the firewall and the error page all build it here, so a client
 * (or a fuzzer) can rely on it whichever layer refused the request.
 */
public final class Problems {

    public static final String INVALID_REQUEST = "INVALID_REQUEST";
    public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String CONTENT_TOO_LARGE = "CONTENT_TOO_LARGE";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String REQUEST_REJECTED = "REQUEST_REJECTED";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:pilot-ledger:problem:" + code.toLowerCase().replace('_', '-')));
        problem.setProperty("code", code);
        return problem;
    }

    /** A problem raised by the framework (no mapping, wrong method, media type...), coded by its status alone. */
    public static ProblemDetail ofStatus(HttpStatusCode status, String detail) {
        return of(status, codeOf(status), detail);
    }

    /** Gives a problem built elsewhere (e.g. by Spring's exception handler) its code and type, keeping its detail. */
    public static ProblemDetail coded(ProblemDetail problem) {
        if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
            String code = codeOf(HttpStatusCode.valueOf(problem.getStatus()));
            problem.setType(URI.create("urn:pilot-ledger:problem:" + code.toLowerCase().replace('_', '-')));
            problem.setProperty("code", code);
        }
        return problem;
    }

    static String codeOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> CONTENT_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status.is4xxClientError() ? "HTTP_" + status.value() : INTERNAL_ERROR;
        };
    }

    /** Writes a problem straight to the response, for the layers that run before (or outside) Spring MVC. */
    public static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Whether a path belongs to the API, whose every error is a problem body (pages answer with pages). */
    public static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }
}
