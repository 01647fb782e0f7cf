package com.pilotledger.app.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the log is sealed, signed and verified ({@code pilot-ledger.integrity.*}; docs/integrity.md says what each
 * changes).
 *
 * @param signingKey         the Ed25519 private key (PKCS #8 PEM) checkpoints are signed with
 * @param createSigningKey   whether a missing key file is created (the embedded default); otherwise start-up fails
 * @param sealInterval       how often the sealer looks for new events
 * @param sealBatch          events sealed in one transaction
 * @param gapTimeout         how long a hole in the global index is waited for before it counts as a burned number
 * @param checkpointEvents   a checkpoint is signed once this many events were sealed since the last one...
 * @param checkpointInterval ...or once this much time has passed with any event sealed since
 * @param verifyInterval     how often the whole log is verified
 */
@ConfigurationProperties("pilot-ledger.integrity")
public record IntegritySettings(Path signingKey,
                                @DefaultValue("true") boolean createSigningKey,
                                @DefaultValue("100ms") Duration sealInterval,
                                @DefaultValue("1000") int sealBatch,
                                @DefaultValue("60s") Duration gapTimeout,
                                @DefaultValue("1000") long checkpointEvents,
                                @DefaultValue("60s") Duration checkpointInterval,
                                @DefaultValue("15m") Duration verifyInterval) {
}
