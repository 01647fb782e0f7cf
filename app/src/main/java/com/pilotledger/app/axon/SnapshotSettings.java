package com.pilotledger.app.axon;

import jakarta.validation.constraints.Min;
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
}
