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
 * Refuses a body whose {@code Content-Type} names no concrete type ({@code *}{@code /*}, {@code application/*}) or
 * cannot be parsed, with 415. Spring MVC would read such a header only when it builds the request's headers, where
 * a wildcard is an {@code IllegalArgumentException}: a 500 for what is the client's mistake.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ContentTypeFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    public ContentTypeFilter(JsonMapper json) {
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
