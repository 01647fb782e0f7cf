package com.pilotledger.api.portfolio;

import java.time.Instant;
import java.util.List;

/**
 * The whole case of one pilot: its board row, business case, recommendation, latest readings, decisions in order,
 * and every measured metric over time (ordered by metric, then observation time).
 */
public record PilotDetail(BoardRow summary, String problemStatement, String baselineMetric, String targetMetric,
                          String killCriteria, String registeredBy, Instant registeredAt,
                          Recommendation recommendation, List<DomainReading> readings, List<Decision> decisions,
                          List<MetricPoint> metrics) {
}
