package com.pilotledger.app.decision;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Events read from the event store itself, one aggregate's stream at a time, each with its global position, its payload
 * as the application deserializes it, and the roles its actor held: from the database's event table
 * ({@link JdbcStreamEvents}) or Axon Server's event stream ({@link AxonServerStreamEvents}).
 */
interface StreamEvents {

    /** One stored event: where it stands in the store, what it says, and the roles of whoever caused it. */
    record Recorded(long globalIndex, String aggregateId, Object payload, Set<String> actorRoles) {
    }

    /** The aggregate's events up to and including the global index {@code through}, in the order they were stored. */
    List<Recorded> of(String aggregateId, long through);

    /** The event stored at this global index, if any. */
    Optional<Recorded> at(long globalIndex);

    /** The global index of the latest event stored, so that reads of several streams stop at the same point. */
    long head();
}
