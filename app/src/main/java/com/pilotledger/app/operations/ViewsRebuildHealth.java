package com.pilotledger.app.operations;

import com.pilotledger.app.projection.RebuildStatus;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Readiness: OUT_OF_SERVICE while the views are rebuilt (their reads answer 503), with the replay's progress. */
@Component("viewsHealthIndicator")
public class ViewsRebuildHealth implements HealthIndicator {

    private final RebuildStatus status;

    public ViewsRebuildHealth(RebuildStatus status) {
        this.status = status;
    }

    @Override
    public Health health() {
        return status.current()
                .map(progress -> Health.outOfService().withDetail("rebuilding", true)
                        .withDetail("eventsDone", progress.eventsDone())
                        .withDetail("eventsTotal", progress.eventsTotal())
                        .withDetail("startedAt", progress.startedAt().toString()).build())
                .orElseGet(() -> Health.up().withDetail("rebuilding", false).build());
    }
}
