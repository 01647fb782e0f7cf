package com.pilotledger.app.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.Set;

/**
 * Prepares a write to the API that carries an {@code Idempotency-Key} for {@link IdempotencyKeyInterceptor}: its body
 * read once (for the fingerprint) and its response kept (to be recorded) until the interceptor is done. Registered
 * without an order, it runs after Spring Security: a request that is not signed in or not allowed never claims a key.
 */
@Component
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !(request.getRequestURI().startsWith("/api/") && WRITES.contains(request.getMethod())
                && request.getHeader(IdempotencyKeyInterceptor.HEADER) != null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper kept = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(BufferedRequest.of(request), kept);
        } finally {
            kept.copyBodyToResponse();
        }
    }
}
