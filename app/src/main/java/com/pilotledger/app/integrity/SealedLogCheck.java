package com.pilotledger.app.integrity;

import com.pilotledger.app.axon.AxonServerWiring;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The sealed log seals the rows of the database's event table, under a lock on the seal head in the same database: it
 * cannot be kept over Axon Server's store, which the application reads but does not own. Rather than seal nothing and
 * have verification vouch for an empty log, a start with Axon Server must say {@code sealed-log=false}; and since the
 * switch exists for Axon Server alone, the database's event store is always sealed.
 */
@Component
public class SealedLogCheck {

    SealedLogCheck(Environment environment) {
        boolean axonServer = environment.getProperty(AxonServerWiring.ENABLED, Boolean.class, false);
        String sealedLog = environment.getProperty(SealedLogKept.SWITCH);
        if (axonServer && !"false".equalsIgnoreCase(sealedLog)) {
            throw new SealedLogSettingException("Axon Server is enabled (" + AxonServerWiring.ENABLED + "=true), over "
                    + "whose event store the application cannot keep the sealed log: start with --" + SealedLogKept.SWITCH
                    + "=false to run without it (verification and evidence packs then answer 409 SEALED_LOG_NOT_KEPT; "
                    + "docs/operations.md, \"Axon Server\"), or without Axon Server to keep it.");
        }
        if (!axonServer && "false".equalsIgnoreCase(sealedLog)) {
            throw new SealedLogSettingException(SealedLogKept.SWITCH + "=false is for Axon Server only: the "
                    + "database's event store is always sealed. Remove the setting, or enable Axon Server ("
                    + AxonServerWiring.ENABLED + "=true).");
        }
    }

    /** Reported in one line by {@code SealedLogSettingAnalyzer}. */
    public static final class SealedLogSettingException extends IllegalStateException {

        SealedLogSettingException(String message) {
            super(message);
        }
    }
}
