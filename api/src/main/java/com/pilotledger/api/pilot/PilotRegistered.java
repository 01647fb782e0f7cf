package com.pilotledger.api.pilot;

import com.pilotledger.api.metric.KillCriterion;
import com.pilotledger.api.money.Money;

import java.time.Instant;
import java.util.List;

/**
 * A pilot was registered in the portfolio, with its business case and its kill criteria defined up front: in words, and
 * the measurable ones (null in events recorded before they existed). Thresholds given at registration follow as
 * {@code MetricThresholdsSet} events.
 */
public record PilotRegistered(String pilotId, String name, String businessUnit, String sponsor, String operationalOwner,
                              String problemStatement, String baselineMetric, String targetMetric,
                              Money requestedCapital, String killCriteria, String registeredBy,
                              Instant registeredAt, List<KillCriterion> measurableKillCriteria) implements PilotEvent {
}
