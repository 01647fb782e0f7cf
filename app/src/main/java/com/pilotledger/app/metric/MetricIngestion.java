package com.pilotledger.app.metric;

import com.pilotledger.api.metric.MetricBatchLimits;
import com.pilotledger.api.metric.MetricPoint;
import com.pilotledger.api.metric.RecordMetricPoints;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.problem.InvalidRequestException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Recording a batch of production metric points, as monitoring systems send them. Each point's value is checked
 * against its metric's unit and its observation time against the ledger's clock here, so the sender learns which
 * point is wrong (a 400 naming it); the pilot refuses the same by its own rule.
 * <p>
 * Unlike a person's decision, the answer does not wait for the views: a monitoring system never reads back what it
 * sent, and waiting for every projection after each batch would bound ingestion by the views' lag. The batch is in the
 * event store when this returns.
 */
@Component
public class MetricIngestion {

    private final CommandGateway commands;
    private final Clock clock;

    public MetricIngestion(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public MetricBatchReceipt record(String pilotId, RecordMetricPointsRequest batch, CommandOrigin origin) {
        Instant now = clock.instant();
        List<MetricPoint> points = new ArrayList<>(batch.points().size());
        for (int index = 0; index < batch.points().size(); index++) {
            points.add(checked(index, batch.points().get(index), now));
        }
        commands.sendAndWait(new RecordMetricPoints(pilotId, batch.batchId(), points, now), origin.asMetaData());
        return new MetricBatchReceipt(pilotId, batch.batchId(), points.size());
    }

    private static MetricPoint checked(int index, MetricPointRequest point, Instant now) {
        String field = "points[" + index + "]";
        if (!MetricBatchLimits.admits(point.metric(), point.value())) {
            throw new InvalidRequestException(field + ".value", "must be " + MetricBatchLimits.range(point.metric())
                    + " for " + point.metric().label());
        }
        if (!MetricBatchLimits.observable(point.observedAt(), now)) {
            throw new InvalidRequestException(field + ".observedAt", "must not be in the future nor more than a year "
                    + "ago");
        }
        return new MetricPoint(point.metric(), point.value(), point.observedAt());
    }
}
