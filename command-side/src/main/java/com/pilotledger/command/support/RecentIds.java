package com.pilotledger.command.support;

import java.util.LinkedHashSet;

/**
 * The latest ids an aggregate must still recognise, oldest forgotten first. Bounded, because a repeated command
 * follows its original closely (a redelivered event re-sends what its handler sent before the crash), while an
 * unbounded set would grow with every request in the aggregate's memory and in each of its snapshots.
 */
public final class RecentIds {

    private final int capacity;
    private final LinkedHashSet<String> ids = new LinkedHashSet<>();

    public RecentIds(int capacity) {
        this.capacity = capacity;
    }

    /** For a snapshot: Jackson restores the capacity and the ids from their fields. */
    private RecentIds() {
        this(0);
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    public void remember(String id) {
        if (ids.add(id) && ids.size() > capacity) {
            ids.remove(ids.iterator().next());
        }
    }
}
