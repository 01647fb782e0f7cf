package com.pilotledger.app.integrity;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * DOWN when the latest verification found the log tampered with or an authorization beyond authority, or could not
 * read it; UNKNOWN before the first verification; also DOWN while sealing fails, since new events then go unsealed.
 */
@Component("ledgerIntegrityHealthIndicator")
@SealedLogKept
class IntegrityHealth implements HealthIndicator {

    private final LedgerVerification verification;
    private final EventSealer sealer;

    IntegrityHealth(LedgerVerification verification, EventSealer sealer) {
        this.verification = verification;
        this.sealer = sealer;
    }

    @Override
    public Health health() {
        if (sealer.failing()) {
            return Health.down().withDetail("sealing", "failing: new events are not sealed (see the log)").build();
        }
        return verification.latest().map(check -> {
            Health.Builder health = check.passed() ? Health.up() : Health.down();
            health.withDetail("checkedAt", check.checkedAt().toString());
            if (check.report() == null) {
                return health.withDetail("failure", check.failure()).build();
            }
            health.withDetail("verifiedUpTo", check.report().verifiedUpTo())
                    .withDetail("authorityViolations", check.report().authority().violations().size());
            if (!check.report().intact()) {
                health.withDetail("firstFinding", check.report().firstFinding().toText())
                        .withDetail("findings", check.report().findingsTotal());
            }
            return health.build();
        }).orElseGet(() -> Health.unknown().withDetail("verification", "not run yet").build());
    }
}
