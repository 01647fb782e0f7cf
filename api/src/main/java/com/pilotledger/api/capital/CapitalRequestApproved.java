package com.pilotledger.api.capital;

import com.pilotledger.api.pilot.ConcernsPilot;

import java.time.Instant;

/** A second person with enough authority approved a request. */
public record CapitalRequestApproved(String requestId, String pilotId, String approvedBy, Authority approverAuthority,
                                     Instant approvedAt) implements ConcernsPilot {
}
