package com.pilotledger.app.pilot;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Identifiers generated at the edge for what a command creates (a pilot, an authorization request). */
public final class CommandIds {

    private CommandIds() {
    }

    /**
     * A retried command (same user, endpoint, idempotency key and request: the same command key) must address the
     * same pilot or request, so that the retry is recognised; without a key every one is new.
     */
    public static String newId(String purpose, CommandOrigin origin) {
        return origin.commandKey() == null
                ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes((purpose + ":" + origin.commandKey()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
