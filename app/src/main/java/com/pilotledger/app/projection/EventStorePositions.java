package com.pilotledger.app.projection;

import java.util.Collection;
import java.util.Map;

/**
 * Where stored events stand in the stream the processors track: the position their tracking tokens count in. Behind
 * an interface because the store decides it (the database's global index, or Axon Server's token).
 */
public interface EventStorePositions {

    /** The positions of those of these events (by identifier) that are stored. */
    Map<String, Long> of(Collection<String> eventIds);
}
