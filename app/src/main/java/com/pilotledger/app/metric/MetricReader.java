package com.pilotledger.app.metric;

import com.pilotledger.api.metric.FindMeasuredMedians;
import com.pilotledger.api.metric.FindPilotMetrics;
import com.pilotledger.api.metric.MeasuredMedians;
import com.pilotledger.api.metric.PilotMetrics;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/** The production metric queries, for the API and the pilot page. */
@Component
public class MetricReader {

    /** What the pilot page charts: the last 90 days, the period the seed reviews a deployment over. */
    public static final Duration CHARTED = Duration.ofDays(90);
    /** The most points of one metric a chart or an answer carries: the latest ones. */
    public static final int MAX_POINTS = 2000;

    private final QueryGateway queries;

    public MetricReader(QueryGateway queries) {
        this.queries = queries;
    }

    public PilotMetrics series(String pilotId, Instant from, Instant to, int limit) {
        return queries.query(new FindPilotMetrics(pilotId, from, to, limit),
                ResponseTypes.instanceOf(PilotMetrics.class)).join();
    }

    public MeasuredMedians medians(String pilotId, Instant from, Instant to) {
        return queries.query(new FindMeasuredMedians(pilotId, from, to),
                ResponseTypes.instanceOf(MeasuredMedians.class)).join();
    }
}
