package com.pilotledger.api.pilot;

import com.pilotledger.api.money.Money;

import java.time.Instant;

/** A pilot was registered in the portfolio, with its business case and its kill criteria defined up front. */
public record PilotRegistered(String pilotId, String name, String businessUnit, String sponsor, String operationalOwner,
                              String problemStatement, String baselineMetric, String targetMetric,
                              Money requestedCapital, String killCriteria, String registeredBy,
                              Instant registeredAt) implements PilotEvent {
}
