package com.pilotledger.api.pilot;

import com.pilotledger.api.metric.KillCriterion;
import com.pilotledger.api.metric.MetricThresholds;
import com.pilotledger.api.metric.ProductionMetric;
import com.pilotledger.api.money.Money;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Register an AI initiative that has proven feasibility and now competes for production capital, optionally with the
 * thresholds of its production metrics, its measurable kill criteria and its first pilot owners, by sign-in name
 * (each null or empty: none).
 */
public record RegisterPilot(String pilotId, String name, String businessUnit, String sponsor, String operationalOwner,
                            String problemStatement, String baselineMetric, String targetMetric,
                            Money requestedCapital, String killCriteria,
                            Map<ProductionMetric, MetricThresholds> metricThresholds,
                            List<KillCriterion> measurableKillCriteria, List<String> owners,
                            Instant registeredAt) implements PilotCommand {
}
