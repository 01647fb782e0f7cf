package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ConcernsPilot;

import java.time.Instant;

/** Nobody decided a request within the approval window; its reservation went back to the pool. */
public record CapitalRequestExpired(String requestId, String pilotId, Money released, Instant expiredAt) implements ConcernsPilot {
}
