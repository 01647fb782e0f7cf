package com.pilotledger.app.axon;

import org.springframework.core.env.Environment;

/**
 * With Axon Server the instances share its events but keep sagas, tokens, deadlines and views in their database: on
 * the embedded H2 store each instance would keep its own, and the data would split silently. Axon Server with H2 is
 * therefore refused unless the operator states that this is the only instance
 * ({@code pilot-ledger.axonserver.single-instance=true}).
 */
public final class SharedDatabaseCheck {

    static final String SINGLE_INSTANCE = "pilot-ledger.axonserver.single-instance";

    private SharedDatabaseCheck() {
    }

    static SharedDatabaseCheck verify(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:") && !environment.getProperty(SINGLE_INSTANCE, Boolean.class, false)) {
            throw new EmbeddedDatabaseWithAxonServerException();
        }
        return new SharedDatabaseCheck();
    }

    /** Reported in one line by {@code SplitDataAnalyzer}. */
    public static final class EmbeddedDatabaseWithAxonServerException extends IllegalStateException {

        EmbeddedDatabaseWithAxonServerException() {
            super("Axon Server is enabled (axon.axonserver.enabled=true) on the embedded H2 database: each instance "
                    + "would keep its own sagas, tokens and views. Run every instance on one PostgreSQL database "
                    + "(--spring.profiles.active=postgres), or, for a single instance only, start with --"
                    + SINGLE_INSTANCE + "=true.");
        }
    }
}
