package com.pilotledger.command.pilot;

import java.util.LinkedHashSet;

/**
 * The command keys of the latest commands a pilot accepted. The edge derives a command key from the user, the
 * endpoint, the client's Idempotency-Key and the request, so a key recognises only a retry of that very request.
 * Bounded, because a retry follows its original closely, and an unbounded set would grow with every command in the
 * aggregate's memory and snapshots.
 */
final class RecentCommandKeys {

    static final int REMEMBERED = 64;

    private final LinkedHashSet<String> keys = new LinkedHashSet<>();

    boolean contains(String key) {
        return key != null && keys.contains(key);
    }

    void remember(String key) {
        if (key == null || !keys.add(key)) {
            return;
        }
        if (keys.size() > REMEMBERED) {
            keys.remove(keys.iterator().next());
        }
    }
}
