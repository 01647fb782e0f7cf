package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ConcernsPilot;

import java.time.Instant;

/** A request's reservation went back to the pool without being committed. */
public record CapitalReservationReleased(String requestId, String pilotId, Money released, String reason,
                                         Instant releasedAt) implements ConcernsPilot {
}
