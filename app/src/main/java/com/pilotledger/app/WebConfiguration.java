package com.pilotledger.app;

import com.pilotledger.app.idempotency.IdempotencyKeyInterceptor;
import com.pilotledger.app.pilot.CommandOriginResolver;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Spring MVC additions: command endpoints (API and pages) receive their {@code CommandOrigin}; the API's writes honour
 * the {@code Idempotency-Key}.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final IdempotencyKeyInterceptor idempotencyKeys;

    public WebConfiguration(IdempotencyKeyInterceptor idempotencyKeys) {
        this.idempotencyKeys = idempotencyKeys;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CommandOriginResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(idempotencyKeys).addPathPatterns("/api/**");
    }
}
