package com.pilotledger.app.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Refuses a request body the ledger cannot take before anything reads it: 415 when its {@code Content-Type} names
 * no concrete type ({@code *}{@code /*}, {@code application/*}) or cannot be parsed (Spring MVC would meet the
 * wildcard only when building the request's headers, as an {@code IllegalArgumentException}: a 500), and 413 when it
 * announces more than {@link #MAX_BODY_BYTES}. The largest valid body, a registration with every field at its limit
 * and every character escaped, is under 100 KB.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestBodyFilter extends OncePerRequestFilter {

    static final long MAX_BODY_BYTES = 1024 * 1024;

    private final JsonMapper json;

    public RequestBodyFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !isConcrete(contentType)) {
            Problems.write(response, Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Problems.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must name a concrete media type, such as application/json"), json);
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            Problems.write(response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, Problems.CONTENT_TOO_LARGE,
                    "The request body is larger than the ledger accepts (" + MAX_BODY_BYTES + " bytes)"), json);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isConcrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException unparsable) {
            return false;
        }
    }
}
