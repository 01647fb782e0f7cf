package com.pilotledger.query.metric;

import com.pilotledger.api.input.FieldLimits;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.MetricPointsRecorded;
import com.pilotledger.api.metric.MetricThresholdBreached;
import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.api.metric.MetricThresholdsSet;
import com.pilotledger.query.support.BatchedInsert;
import com.pilotledger.query.support.EventPositions;
import com.pilotledger.query.support.Sql;
import com.pilotledger.query.support.Texts;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/**
 * Keeps every production metric point monitoring sent, the thresholds in force per pilot and metric, and every breach,
 * for the pilot page's charts and the measured medians. Rows are keyed by their event's position (a point also by its
 * place in the batch), and the thresholds row is replaced only by a later event, so a redelivered event changes
 * nothing and a replay rebuilds the same rows.
 */
@Component
@ProcessingGroup(ProductionMetricsProjection.GROUP)
public class ProductionMetricsProjection {

    public static final String GROUP = "production-metrics";

    private final JdbcClient jdbc;
    private final EventPositions positions;
    /** A batch's points, and the batches of a processor's whole batch of events, go to the database as one. */
    private final BatchedInsert points;
    /** Breaches come with the points that caused them, and are sent with them. */
    private final BatchedInsert breaches;

    /** {@code batches} sends the points as JDBC batches, which {@link JdbcClient} has no statement for. */
    public ProductionMetricsProjection(JdbcClient jdbc, JdbcTemplate batches, EventPositions positions) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.points = new BatchedInsert(batches, """
                INSERT INTO metric_point (event_position, point_index, pilot_id, metric, metric_value, observed_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""");
        this.breaches = new BatchedInsert(batches, """
                INSERT INTO metric_breach (event_position, pilot_id, metric, kind, limit_value, metric_value,
                    observed_at, evidence, detected_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""");
    }

    @EventHandler
    void on(MetricPointsRecorded event, EventMessage<?> message) {
        long position = positions.of(message);
        List<MetricPoint> batch = event.points();
        for (int index = 0; index < batch.size(); index++) {
            MetricPoint point = batch.get(index);
            points.add(position, index, event.pilotId(), point.metric().name(), point.value(),
                    Sql.timestamp(point.observedAt()));
        }
    }

    @EventHandler
    void on(MetricThresholdsSet event, EventMessage<?> message) {
        long position = positions.of(message);
        MetricThresholds levels = event.thresholds();
        Object[] row = {levels.baseline(), levels.target(), levels.minimumAcceptable(), levels.killThreshold(),
                event.setBy(), Sql.timestamp(event.setAt()), position, event.pilotId(), event.metric().name()};
        int replaced = jdbc.sql("""
                UPDATE metric_threshold SET baseline = ?, target = ?, minimum_acceptable = ?, kill_threshold = ?,
                    set_by = ?, set_at = ?, event_position = ?
                WHERE pilot_id = ? AND metric = ? AND event_position < ?""").params(append(row, position)).update();
        if (replaced == 0) {
            jdbc.sql("""
                    INSERT INTO metric_threshold (baseline, target, minimum_acceptable, kill_threshold, set_by, set_at,
                        event_position, pilot_id, metric)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT DO NOTHING""").params(row).update();
        }
    }

    @EventHandler
    void on(MetricThresholdBreached event, EventMessage<?> message) {
        breaches.add(positions.of(message), event.pilotId(), event.metric().name(), event.kind().name(),
                event.limit(), event.value(), Sql.timestamp(event.observedAt()), fitted(event.evidence()),
                Sql.timestamp(event.detectedAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM metric_point").update();
        jdbc.sql("DELETE FROM metric_threshold").update();
        jdbc.sql("DELETE FROM metric_breach").update();
    }

    /**
     * The evidence is written by the pilot from figures, never typed, so it has no input limit of its own: it is cut
     * to its column (between characters, never inside a surrogate pair) rather than fail the projection.
     */
    static String fitted(String evidence) {
        return evidence == null ? "" : Texts.shortened(evidence, FieldLimits.WRITTEN_TEXT);
    }

    private static Object[] append(Object[] values, Object more) {
        Object[] all = Arrays.copyOf(values, values.length + 1);
        all[values.length] = more;
        return all;
    }
}
