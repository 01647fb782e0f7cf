package com.pilotledger.query.audit;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.audit.BusinessTime;
import com.pilotledger.api.pilot.ConcernsPilot;
import com.pilotledger.query.support.BatchedInsert;
import com.pilotledger.query.support.EventPositions;
import com.pilotledger.query.support.Sql;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes every event, of any type, to the audit history at its global position; events about one pilot (its own and
 * the capital events about it) are listed under that pilot, decision-rights events under the portfolio. Each entry has
 * two times: when it happened in the business ({@link BusinessTime}) and when the store recorded it
 * ({@code occurred_at}). The payload is the event as the store serialized it, so an auditor reads what was recorded,
 * not a re-rendering of it.
 * <p>
 * Every event adds one row, so the rows are sent as one JDBC batch per processor batch, just before it commits. A
 * failure there fails the whole batch (the processor retries it) rather than parking one event; no single event can
 * cause one: the row is keyed by the event's position and inserted with ON CONFLICT DO NOTHING, the summary is
 * shortened to its column, and every other value is an identifier, a type name, a time or a field the command side
 * already held to its limit.
 */
@Component
@ProcessingGroup(AuditProjection.GROUP)
public class AuditProjection {

    public static final String GROUP = "audit-history";

    private final JdbcClient jdbc;
    private final Serializer eventSerializer;
    private final EventPositions positions;
    private final BatchedInsert entries;

    /** {@code batches} sends the rows: {@link JdbcClient} has no JDBC batch. */
    public AuditProjection(JdbcClient jdbc, JdbcTemplate batches,
                           @Qualifier("eventSerializer") Serializer eventSerializer, EventPositions positions) {
        this.jdbc = jdbc;
        this.eventSerializer = eventSerializer;
        this.positions = positions;
        this.entries = new BatchedInsert(batches, """
                INSERT INTO audit_entry (global_index, event_id, pilot_id, event_type, actor, correlation_id,
                    business_time, occurred_at, summary, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""");
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        String pilotId = event instanceof ConcernsPilot aboutPilot ? aboutPilot.pilotId() : null;
        entries.add(positions.of(message), message.getIdentifier(), pilotId, event.getClass().getSimpleName(),
                message.getMetaData().get(AuditMetaData.ACTOR), message.getMetaData().get(AuditMetaData.CORRELATION_ID),
                Sql.timestamp(BusinessTime.of(event, message.getTimestamp())), Sql.timestamp(message.getTimestamp()),
                AuditSummary.of(event),
                message.serializePayload(eventSerializer, String.class).getData());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM audit_entry").update();
    }
}
