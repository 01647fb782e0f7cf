package com.pilotledger.app.projection;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** {@code --pilot-ledger.projections.rebuild-on-start=true}: rebuild every view from the event store at start-up. */
@Component
@ConditionalOnProperty(name = "pilot-ledger.projections.rebuild-on-start", havingValue = "true")
class RebuildOnStart implements ApplicationRunner {

    private final ProjectionRebuild rebuild;
    private final Duration timeout;

    RebuildOnStart(ProjectionRebuild rebuild, ProjectionSettings settings) {
        this.rebuild = rebuild;
        this.timeout = settings.rebuildTimeout();
    }

    @Override
    public void run(ApplicationArguments args) {
        rebuild.rebuildAll(timeout);
    }
}
