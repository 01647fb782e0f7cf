package com.pilotledger.app;

import com.pilotledger.app.pilot.CommandOriginResolver;
import com.pilotledger.app.projection.ViewsRebuildingGuard;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Spring MVC additions: command endpoints (API and pages) receive their {@code CommandOrigin}; reads of the views wait
 * out a rebuild (the dead letters are not a view and stay readable).
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final ViewsRebuildingGuard rebuildingGuard;

    public WebConfiguration(ViewsRebuildingGuard rebuildingGuard) {
        this.rebuildingGuard = rebuildingGuard;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(rebuildingGuard)
                .addPathPatterns("/api/**", "/", "/pilots/**", "/compare", "/audit", "/audit.csv")
                .excludePathPatterns("/api/dead-letters/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CommandOriginResolver());
    }

}
