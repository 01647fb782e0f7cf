package com.pilotledger.api.pilot;

import com.pilotledger.api.money.Money;

import java.time.Instant;

/** Register an AI initiative that has proven feasibility and now competes for production capital. */
public record RegisterPilot(String pilotId, String name, String businessUnit, String sponsor, String operationalOwner,
                            String problemStatement, String baselineMetric, String targetMetric,
                            Money requestedCapital, String killCriteria, Instant registeredAt) implements PilotCommand {
}
