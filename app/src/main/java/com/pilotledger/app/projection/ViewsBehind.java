package com.pilotledger.app.projection;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Marks the HTTP request whose command the views did not show within the wait limit, so that its answer
 * ({@link ShownAt}) is 202 with the view's location instead of a view that does not show the write yet.
 */
public final class ViewsBehind {

    private static final String ATTRIBUTE = ViewsBehind.class.getName();

    private ViewsBehind() {
    }

    public static void markRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    static boolean isMarked(RequestAttributes request) {
        return request != null
                && Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }
}
