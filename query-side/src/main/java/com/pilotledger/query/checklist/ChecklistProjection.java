package com.pilotledger.query.checklist;

import com.pilotledger.api.checklist.ChecklistItemAssessed;
import com.pilotledger.query.support.EventPositions;
import com.pilotledger.query.support.Sql;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps every assessment of every pilot's readiness checklist, keyed by the event's position: a redelivered event
 * finds its row and adds nothing, and a replay rebuilds the same rows. The reading a domain's checklist gives is a
 * {@code SignalRecorded} of its own, kept by the pilot detail like any reading.
 */
@Component
@ProcessingGroup(ChecklistProjection.GROUP)
public class ChecklistProjection {

    public static final String GROUP = "readiness-checklist";

    private final JdbcClient jdbc;
    private final EventPositions positions;

    public ChecklistProjection(JdbcClient jdbc, EventPositions positions) {
        this.jdbc = jdbc;
        this.positions = positions;
    }

    @EventHandler
    void on(ChecklistItemAssessed event, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO pilot_checklist_assessment (event_position, pilot_id, criterion, status, evidence,
                            assessed_by, assessed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(positions.of(message), event.pilotId(), event.criterion().name(), event.status().name(),
                        event.evidence(), event.assessedBy(), Sql.timestamp(event.assessedAt()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM pilot_checklist_assessment").update();
    }
}
