package com.pilotledger.api.portfolio;

import com.pilotledger.api.pilot.StabilizationDomain;

import java.util.Map;

/** One pilot in a comparison: its board row, its recommendation, and its latest reading per domain. */
public record ComparedPilot(BoardRow summary, Recommendation recommendation,
                            Map<StabilizationDomain, DomainReading> readings) {
}
