package com.pilotledger.query.support;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection fed its events through Axon's own annotation adapter, as a processor feeds it, remembering each one:
 * a test can deliver them all again, or reset the projection and replay them, and compare the rows of its tables.
 */
public final class ProjectedHistory {

    private final AnnotationEventHandlerAdapter projection;
    private final JdbcClient jdbc;
    private final List<String> tables;
    private final List<EventMessage<?>> events = new ArrayList<>();

    public ProjectedHistory(Object projection, JdbcClient jdbc, String... tables) {
        this.projection = new AnnotationEventHandlerAdapter(projection);
        this.jdbc = jdbc;
        this.tables = List.of(tables);
    }

    public void project(Object event) {
        EventMessage<?> message = GenericEventMessage.asEventMessage(event);
        events.add(message);
        handle(message);
    }

    /** Every event so far once more, in order: at-least-once delivery. */
    public void redeliver() {
        List.copyOf(events).forEach(this::handle);
    }

    public void reset() {
        projection.prepareReset();
    }

    public void replay() {
        events.forEach(this::handle);
    }

    /** At-least-once delivery: every event once more leaves every row as it was. */
    public void assertRedeliveryChangesNothing() {
        Map<String, List<Map<String, Object>>> once = rows();

        redeliver();

        assertThat(rows()).isEqualTo(once);
    }

    /** A reset empties every table, and a replay of every event rebuilds the rows it had. */
    public void assertResetAndReplayRebuildTheSameRows() {
        Map<String, List<Map<String, Object>>> before = rows();

        reset();
        assertThat(rows().values()).allMatch(List::isEmpty);
        replay();

        assertThat(rows()).isEqualTo(before);
    }

    /** Every row of every table, each table ordered by its first two columns. */
    public Map<String, List<Map<String, Object>>> rows() {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : tables) {
            rows.put(table, jdbc.sql("SELECT * FROM " + table + " ORDER BY 1, 2").query().listOfRows());
        }
        return rows;
    }

    private void handle(EventMessage<?> message) {
        try {
            projection.handle(message);
        } catch (Exception failure) {
            throw new IllegalStateException("The projection failed on " + message.getPayloadType().getSimpleName(),
                    failure);
        }
    }
}
