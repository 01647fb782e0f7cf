package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ConcernsPilot;

import java.time.Instant;
import java.util.List;

/** A pilot's committed capital and any pending reservations (the cancelled requests) went back to the pool. */
public record PilotCapitalReleased(String pilotId, Money released, List<String> cancelledRequests, String reason,
                                   Instant releasedAt) implements ConcernsPilot {
}
