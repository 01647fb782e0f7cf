package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.ConcernsPilot;

import java.time.Instant;

/** A checker rejected a request; its reservation went back to the pool. */
public record CapitalRequestRejected(String requestId, String pilotId, String rejectedBy, Authority rejecterAuthority,
                                     String reason, Money released, Instant rejectedAt) implements ConcernsPilot {
}
