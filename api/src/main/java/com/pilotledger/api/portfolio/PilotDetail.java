package com.pilotledger.api.portfolio;

import java.time.Instant;
import java.util.List;

/**
 * The whole case of one pilot: its board row, business case, recommendation, the reading that counts per domain,
 * decisions in order, every measured metric over time (ordered by metric, then observation time), and the history of
 * its readings with both times, observed and recorded (latest observation first; a late-entered older observation is
 * kept there even though it does not count), and its pilot owners today (sign-in names, in order).
 */
public record PilotDetail(BoardRow summary, String problemStatement, String baselineMetric, String targetMetric,
                          String killCriteria, String registeredBy, Instant registeredAt,
                          Recommendation recommendation, List<DomainReading> readings, List<Decision> decisions,
                          List<MetricPoint> metrics, List<DomainReading> readingHistory, List<String> owners) {
}
