package com.pilotledger.app.projection;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Reads of the views (GET) are refused while they are rebuilt, so that nobody takes partial figures (capital, say,
 * half replayed) for the truth. The exception becomes a 503 problem in the API and a "rebuilding" page in the web.
 */
@Component
public class ViewsRebuildingGuard implements HandlerInterceptor {

    private final RebuildStatus status;

    public ViewsRebuildingGuard(RebuildStatus status) {
        this.status = status;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (HttpMethod.GET.matches(request.getMethod())) {
            status.current().ifPresent(progress -> {
                throw new ViewsRebuildingException(progress);
            });
        }
        return true;
    }
}
