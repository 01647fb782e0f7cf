package com.pilotledger.app.integrity;

import com.pilotledger.verifier.Checkpoint;

import java.util.Base64;

/** A signed checkpoint as the API gives it: its fields, and {@code text}, the exact form auditors keep and verify. */
record CheckpointResponse(long events, String head, long sealedThrough, String signedAt, String key,
                          String signature, String text) {

    static CheckpointResponse of(Checkpoint checkpoint) {
        return new CheckpointResponse(checkpoint.events(), checkpoint.headHex(), checkpoint.sealedThrough(),
                checkpoint.signedAt().toString(), checkpoint.key(),
                Base64.getEncoder().encodeToString(checkpoint.signature()), checkpoint.toText());
    }
}
