package com.pilotledger.app.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Collections;
import java.util.List;

/**
 * Refuses, before anything runs, an API request whose answer the client would not accept. Spring MVC negotiates the
 * answer's type only after the handler: a write with {@code Accept: image/png} would record its command and then be
 * answered 406, and an unparsable {@code Accept} left even the problem body unwritten. An API write answers JSON (or a
 * problem), so its {@code Accept}, when given, must allow one of them; a read may ask for other types (the audit
 * export's CSV), so only an unparsable header is refused there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class AcceptableAnswerFilter extends OncePerRequestFilter {

    private static final List<MediaType> WRITE_ANSWERS = List.of(MediaType.APPLICATION_JSON,
            MediaType.APPLICATION_PROBLEM_JSON);

    private final JsonMapper json;

    public AcceptableAnswerFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !Problems.isApi(request.getRequestURI()) || request.getHeader(HttpHeaders.ACCEPT) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        } catch (InvalidMediaTypeException unparsable) {
            refuse(response, "The Accept header cannot be read: " + unparsable.getMessage());
            return;
        }
        boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        if (!read && !accepted.isEmpty() && accepted.stream().noneMatch(type -> WRITE_ANSWERS.stream()
                .anyMatch(answer -> type.isCompatibleWith(answer) && type.getQualityValue() > 0))) {
            refuse(response, "This endpoint answers application/json (problems as application/problem+json); "
                    + "the Accept header allows neither");
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, String detail) throws IOException {
        Problems.write(response, Problems.of(HttpStatus.NOT_ACCEPTABLE, Problems.NOT_ACCEPTABLE, detail), json);
    }
}
