package com.pilotledger.app.axon;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When aggregates are snapshotted. A pilot records signals for years and the portfolio's capital takes every
 * authorization, so loading them from all their events grows without end (S5 in docs/performance.md). A snapshot is
 * stored once a load has replayed {@code threshold} events, so a command reads the latest snapshot and at most about
 * that many events after it. Snapshots are a cache: switched off, every aggregate is loaded from all its events (and
 * stored snapshots are ignored, see the storage engine).
 */
@Configuration(proxyBeanMethods = false)
public class AggregateSnapshots {

    /** The bean name the aggregates refer to in {@code @Aggregate(snapshotTriggerDefinition = ...)}. */
    public static final String TRIGGER = "ledgerSnapshotTrigger";

    @Bean(TRIGGER)
    SnapshotTriggerDefinition ledgerSnapshotTrigger(Snapshotter snapshotter, SnapshotSettings snapshots) {
        return snapshots.enabled() ? new EventCountSnapshotTriggerDefinition(snapshotter, snapshots.threshold())
                : NoSnapshotTriggerDefinition.INSTANCE;
    }
}
