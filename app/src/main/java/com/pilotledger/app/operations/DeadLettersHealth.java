package com.pilotledger.app.operations;

import com.pilotledger.app.deadletter.DeadLetters;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Parked events show as their own status, {@code PARKED}, with the count per processing group. It is ordered after UP
 * (application.yml), so it never takes the instance out of service: the point of parking is that every other pilot is
 * served; taking the instances out would turn one bad event into an outage for all. Alert on the
 * {@code pilot_ledger_dead_letters} metric instead, and retry from the dead-letters page or API.
 */
@Component("deadLettersHealthIndicator")
public class DeadLettersHealth implements HealthIndicator {

    static final Status PARKED = new Status("PARKED", "Events are parked; the views of their pilots are stale");

    private final DeadLetters deadLetters;

    public DeadLettersHealth(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        Map<String, Long> parked = deadLetters.countByGroup();
        long total = parked.values().stream().mapToLong(Long::longValue).sum();
        return Health.status(total == 0 ? Status.UP : PARKED).withDetail("parked", total)
                .withDetail("byProcessingGroup", parked).build();
    }
}
