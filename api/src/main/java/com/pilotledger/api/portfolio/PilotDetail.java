package com.pilotledger.api.portfolio;

import java.time.Instant;
import java.util.List;

/** The whole case of one pilot: its board row, business case, recommendation, latest readings and decisions in order. */
public record PilotDetail(BoardRow summary, String problemStatement, String baselineMetric, String targetMetric,
                          String killCriteria, String registeredBy, Instant registeredAt,
                          Recommendation recommendation, List<DomainReading> readings, List<Decision> decisions) {
}
