package com.pilotledger.app.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the event processors run and how long a reader waits for them ({@code pilot-ledger.projections.*}; the table in
 * docs/operations.md says what each changes).
 *
 * @param segments             segments per processor, fixed for a database when its processors first start
 * @param batchSize            events a segment handles in one transaction
 * @param maxClaimedSegments   segments of a processor one instance claims (several instances divide them)
 * @param claimExtension       how long a segment with nothing to do keeps its token unwritten, and how often an idle
 *                             processor looks at its segments (100ms with several instances, so each sees how far
 *                             the others are; 1ms made every idle segment write its token about every millisecond)
 * @param readYourWritesTimeout how long a command's answer waits for the views
 * @param rebuildTimeout       how long {@code rebuild-on-start} may take
 * @param remoteFetchDelay     how often the store is polled for events appended by other instances (10ms with several
 *                             instances: a command whose events another instance's segments handle waits for it)
 */
@ConfigurationProperties("pilot-ledger.projections")
public record ProjectionSettings(@DefaultValue("4") int segments,
                                 @DefaultValue("100") int batchSize,
                                 @DefaultValue("2147483647") int maxClaimedSegments,
                                 @DefaultValue("5s") Duration claimExtension,
                                 @DefaultValue("5s") Duration readYourWritesTimeout,
                                 @DefaultValue("10m") Duration rebuildTimeout,
                                 @DefaultValue("250ms") Duration remoteFetchDelay) {
}
