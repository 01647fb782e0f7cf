package com.pilotledger.app;

import com.pilotledger.app.idempotency.IdempotencyKeyInterceptor;
import com.pilotledger.app.pilot.CommandOriginResolver;
import com.pilotledger.app.projection.ViewsRebuildingGuard;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Spring MVC additions: command endpoints (API and pages) receive their {@code CommandOrigin}; the API's writes honour
 * the {@code Idempotency-Key}; reads of the views wait out a rebuild (the dead letters and the audit export, which
 * reads the event store, are not views and stay readable).
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final IdempotencyKeyInterceptor idempotencyKeys;
    private final ViewsRebuildingGuard rebuildingGuard;

    public WebConfiguration(IdempotencyKeyInterceptor idempotencyKeys, ViewsRebuildingGuard rebuildingGuard) {
        this.idempotencyKeys = idempotencyKeys;
        this.rebuildingGuard = rebuildingGuard;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CommandOriginResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(idempotencyKeys).addPathPatterns("/api/**");
        registry.addInterceptor(rebuildingGuard)
                .addPathPatterns("/api/**", "/", "/pilots/**", "/compare", "/audit")
                .excludePathPatterns("/api/dead-letters/**", "/api/audit/export.*");
    }
}
