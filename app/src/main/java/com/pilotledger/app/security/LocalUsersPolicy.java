package com.pilotledger.app.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The configured local users (user names and password hashes in {@code pilot-ledger.users}) are for the embedded
 * default and the demo. With the {@value #PRODUCTION} profile active, people sign in through the organization's
 * identity provider (docs/sso.md): a start with local users configured is refused, unless an operator allows them on
 * purpose with {@code pilot-ledger.security.local-users-allowed=true} (a break-glass administrator, say).
 * <p>
 * Checked from the configuration before any bean is made, so a refused start has not yet migrated a database or
 * created a signing key.
 */
@Component
class LocalUsersPolicy implements BeanFactoryPostProcessor, EnvironmentAware {

    /** The profile that marks a production deployment (docs/operations.md). */
    static final String PRODUCTION = "production";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!environment.acceptsProfiles(Profiles.of(PRODUCTION))
                || environment.getProperty("pilot-ledger.security.local-users-allowed", Boolean.class, false)) {
            return;
        }
        int users = Binder.get(environment).bind("pilot-ledger.users", Bindable.listOf(Map.class))
                .map(List::size).orElse(0);
        if (users > 0) {
            throw new LocalUsersRefusedException(users);
        }
    }
}
