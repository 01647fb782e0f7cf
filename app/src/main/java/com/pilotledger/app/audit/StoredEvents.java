package com.pilotledger.app.audit;

import java.util.function.Consumer;

/**
 * The event store itself, not a view, as auditors export it: every event in the order of its global position, handed
 * over one at a time, so an export of any length holds only the current event in memory. Read from the database's
 * event table ({@link JdbcStoredEvents}) or from Axon Server's event stream ({@link AxonServerStoredEvents}).
 */
public interface StoredEvents {

    /** The stored events the filter selects, in store order. */
    void forEach(AuditExportFilter filter, Consumer<StoredEvent> consumer);
}
