package com.pilotledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Pilot Ledger: where capital decisions about AI pilots are made and kept. */
@SpringBootApplication(scanBasePackages = "com.pilotledger")
@ConfigurationPropertiesScan
public class PilotLedgerApplication {

    public static void main(String[] args) {
        // Axon reports usage over the internet at start-up unless told not to; nobody should have to remember a flag.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(PilotLedgerApplication.class, args);
    }
}
