package com.pilotledger.app.axon;

import jakarta.validation.constraints.Min;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Aggregate snapshots ({@code pilot-ledger.snapshots.*}): whether aggregates are loaded from their latest snapshot, and
 * after how many replayed events a load stores a new one.
 */
@Validated
@ConfigurationProperties("pilot-ledger.snapshots")
public record SnapshotSettings(@DefaultValue("true") boolean enabled, @DefaultValue("50") @Min(1) int threshold) {

    /** Which stored snapshots a load may start from: Axon's filter, or none when snapshots are switched off. */
    SnapshotFilter filter(Configuration configuration) {
        return enabled ? configuration.snapshotFilter() : SnapshotFilter.rejectAll();
    }
}
